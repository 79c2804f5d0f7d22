package cn.wangben.assignment.grading;

import cn.wangben.contracts.ids.SubmissionId;
import java.time.Instant;

/**
 * One change of an item's grade, kept for good: the grade before and after, who and when. A superseded attempt's
 * grade is kept here too ({@code after} is null), since the teacher's new attempt must be graded afresh.
 */
public record AuditEntry(
        Kind kind,
        int revision,
        SubmissionId submission,
        int attempt,
        Grade before,
        Grade after,
        String by,
        Instant at,
        boolean afterRelease) {

    public enum Kind {
        GRADED,
        REGRADED,
        SUPERSEDED
    }
}
