package cn.wangben.assignment.module;

import java.time.Instant;

/**
 * A school assignment as stored: the module, its position in the school's plan ({@code number}), and the approval it
 * comes from. {@code approvedAt} orders approvals: a record is only ever replaced by one of the same or a later
 * approval. {@code withdrawn}: a later approval of the plan no longer has it; its submissions are kept.
 */
public record SchoolAssignment(OnlineModule module, int number, String planId, Instant approvedAt, boolean withdrawn) {

    public SchoolAssignment {
        if (!module.isSchoolAssignment()) {
            throw new IllegalArgumentException("a school assignment needs its school: " + module.id());
        }
    }
}
