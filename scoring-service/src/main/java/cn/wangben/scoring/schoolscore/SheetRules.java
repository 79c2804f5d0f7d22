package cn.wangben.scoring.schoolscore;

import cn.wangben.platform.domain.DomainException;
import cn.wangben.platform.domain.DomainException.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The conditions a sheet must meet before it is filled in or reported, each refused with a Chinese reason. */
final class SheetRules {
    private SheetRules() {}

    /** Computes the sheet and refuses when the school may not change it now. */
    static Grid editable(SheetCase c) {
        Grid grid = GridCalculator.compute(c);
        requireNotCancelled(grid);
        requireRubric(grid);
        c.sheet().requireEditable();
        return grid;
    }

    static void requireNotCancelled(Grid grid) {
        if (grid.status() == SheetStatus.CANCELLED) {
            throw DomainException.conflict(
                    "school-cancelled", "该校校本研修已按取消处理（" + grid.cancelledReason() + "），不能记录出勤、评分或更正");
        }
    }

    static void requireRubric(Grid grid) {
        if (!grid.planApproved()) {
            throw DomainException.conflict("plan-not-approved", "该校的校本研修计划尚未通过县（区）审核，审核通过后才能记录出勤和评分");
        }
        if (grid.rubricProblem() != null) {
            throw DomainException.conflict("rubric-unusable", grid.rubricProblem());
        }
    }

    /** All trainees scored and every activity's attendance recorded; otherwise everything missing at once. */
    static void requireReportable(Grid grid) {
        if (!grid.rosterComplete()) {
            throw DomainException.conflict("roster-incomplete", "学员名册尚未完整同步到成绩表，请稍后再上报");
        }
        if (grid.rows().isEmpty()) {
            throw DomainException.conflict("no-trainees", "名册中没有需要评分的学员，无法上报");
        }
        List<Violation> missing = new ArrayList<>();
        if (grid.rubric().hasAttendance() && !grid.unrecordedActivities().isEmpty()) {
            missing.add(new Violation(
                    "attendance",
                    "以下计划活动尚未记录出勤："
                            + grid.unrecordedActivities().stream()
                                    .map(n -> "第" + n + "项")
                                    .collect(Collectors.joining("、"))));
        }
        for (GridRow row : grid.rows()) {
            if (!row.complete()) {
                missing.add(new Violation(
                        "rows[" + row.teacherKey() + "]",
                        "学员" + row.name() + "尚未评分完整：" + String.join("、", row.missingItems(grid.columns()))));
            }
        }
        if (!missing.isEmpty()) {
            throw DomainException.ruleViolated("sheet-incomplete", missing);
        }
    }
}
