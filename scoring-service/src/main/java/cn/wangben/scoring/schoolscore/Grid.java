package cn.wangben.scoring.schoolscore;

import cn.wangben.contracts.ids.SchoolId;
import cn.wangben.contracts.plan.PlannedActivity;
import cn.wangben.scoring.facts.ProgrammeTerms;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A school's score sheet as computed: columns from the approved rubric, one row per rostered, non-exempt trainee.
 *
 * @param rubric {@code null} without an approved plan, or when the approved rubric cannot be scored by
 * @param rubricProblem why the approved rubric cannot be scored by, else {@code null}
 * @param unrecordedActivities planned activities with no attendance recorded yet
 * @param cancelledReason the reason every trainee gets 0, when the school is cancelled
 */
public record Grid(
        ProgrammeTerms programme,
        SchoolId school,
        SheetStatus status,
        boolean planApproved,
        SheetRubric rubric,
        String rubricProblem,
        List<PlannedActivity> activities,
        List<GridRow> rows,
        boolean rosterComplete,
        List<Integer> unrecordedActivities,
        Instant reportedAt,
        String reportedBy,
        Instant overdueSince,
        String cancelledReason,
        List<Correction> corrections) {

    public Grid {
        activities = List.copyOf(activities);
        rows = List.copyOf(rows);
        unrecordedActivities = List.copyOf(unrecordedActivities);
        corrections = List.copyOf(corrections);
    }

    public List<SheetColumn> columns() {
        return rubric == null ? List.of() : rubric.columns();
    }

    /** What the school part is worth, e.g. 40. */
    public BigDecimal schoolPoints() {
        return BigDecimal.valueOf(programme.schoolPoints());
    }

    /** The rubric's own total, e.g. 100; {@code null} without a usable rubric. */
    public BigDecimal declaredTotal() {
        return rubric == null ? null : rubric.declaredTotal();
    }

    public boolean locked() {
        return reportedAt != null;
    }

    public Optional<GridRow> row(String teacherKey) {
        return rows.stream().filter(r -> r.teacherKey().equals(teacherKey)).findFirst();
    }

    /** Rows with a score: complete rows, or every row of a cancelled school. */
    public long scored() {
        return rows.stream().filter(GridRow::complete).count();
    }

    public List<Integer> activityNumbers() {
        return activities.stream().map(PlannedActivity::number).toList();
    }
}
