package cn.wangben.assignment.schoolwork;

import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.ProgrammeId;
import cn.wangben.contracts.ids.SchoolId;
import cn.wangben.contracts.plan.PlannedAssignment;
import java.time.Instant;
import java.util.List;

/**
 * The latest approval of a school's plan for a programme, as far as its assignments go. A school has one plan per
 * programme; after a return and resubmission it is approved again, and the later approval ({@code approvedAt})
 * replaces the earlier one.
 */
public record ApprovedPlan(
        CountyId county,
        ProgrammeId programme,
        SchoolId school,
        String planId,
        Instant approvedAt,
        List<PlannedAssignment> assignments) {

    public ApprovedPlan {
        assignments = assignments == null ? List.of() : List.copyOf(assignments);
    }
}
