package cn.wangben.assignment.grading.persistence;

import cn.wangben.assignment.grading.Attempt;
import cn.wangben.assignment.grading.AuditEntry;
import cn.wangben.assignment.grading.Grade;
import cn.wangben.assignment.grading.GradingItem;
import cn.wangben.assignment.grading.ItemStatus;
import cn.wangben.assignment.grading.NearCopyFlag;
import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.ModuleId;
import cn.wangben.contracts.ids.ProgrammeId;
import cn.wangben.contracts.ids.SchoolId;
import cn.wangben.contracts.ids.SubmissionId;
import cn.wangben.contracts.ids.TeacherId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** Deterministic grading items for the benchmark, shaped like real ones (graded ones carry a comment and audit). */
final class GradingBenchData {
    static final int MISSING_EVERY = 20;
    static final int GRADED_EVERY = 3;
    static final int FLAGGED_EVERY = 100;

    private GradingBenchData() {}

    static GradingItem item(String county, String module, int i, int schools, Instant submitted) {
        TeacherId teacher = TeacherId.of(String.format("t-%06d", i));
        SchoolId school = SchoolId.of("qs-school-" + (i % schools));
        boolean missing = i % MISSING_EVERY == 0;
        boolean graded = !missing && i % GRADED_EVERY == 0;
        SubmissionId submission = SubmissionId.of(module + "-s-" + i);
        Attempt attempt = missing ? null : new Attempt(submission, 1, submitted.plusSeconds(i), 800 + i % 700);
        Grade grade = graded
                ? new Grade("良好", new BigDecimal("15.5"), "规划具体，措施可行，建议补充阶段目标。", "grader-bench", submitted)
                : null;
        List<AuditEntry> history = graded
                ? List.of(new AuditEntry(
                        AuditEntry.Kind.GRADED, 1, submission, 1, null, grade, "grader-bench", submitted, false))
                : List.of();
        List<NearCopyFlag> flags = !missing && i % FLAGGED_EVERY == 1
                ? List.of(new NearCopyFlag(
                        SubmissionId.of(module + "-s-" + (i + 1)), TeacherId.of("t-x"), new BigDecimal("0.71")))
                : List.of();
        return new GradingItem(
                CountyId.of(county),
                ModuleId.of(module),
                teacher,
                ProgrammeId.of("p-bench"),
                school,
                missing ? ItemStatus.MISSING : graded ? ItemStatus.GRADED : ItemStatus.UNGRADED,
                attempt,
                grade,
                graded ? 1 : 0,
                history,
                flags,
                1);
    }
}
