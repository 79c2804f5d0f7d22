package cn.wangben.plan.schoolplan;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wangben.platform.domain.DomainException.Violation;
import cn.wangben.rubric.AttendanceRule;
import cn.wangben.rubric.ManualRule;
import cn.wangben.rubric.Rubric;
import cn.wangben.rubric.RubricItem;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanRulesTest {
    static final LocalDate START = LocalDate.of(2026, 12, 5);
    static final LocalDate END = LocalDate.of(2026, 12, 31);

    static Activity activity(LocalDate day, String content) {
        return new Activity(
                day, null, content, List.of(ActivityForm.LECTURE), false, "赵明远", "全体教师", "报告厅", "教务处", "赵明远");
    }

    static PlanContent validPlan() {
        return new PlanContent(
                "提升课堂教学能力",
                List.of(activity(START.plusDays(2), "师德专题讲座"), activity(START.plusDays(5), "集体备课")),
                List.of(
                        new SchoolAssignment("教学反思", "1500字", END.minusDays(5)),
                        new SchoolAssignment("教学设计", null, END.minusDays(2))),
                Rubric.of(
                        40,
                        RubricItem.of("attendance", "出勤", AttendanceRule.of(20)),
                        RubricItem.of("homework", "作业", ManualRule.of(20))));
    }

    @Test
    void aCompletePlanHasNoProblems() {
        assertThat(PlanRules.check(validPlan(), START, END)).isEmpty();
    }

    @Test
    void reportsEveryProblemAtOnceNamedByField() {
        PlanContent plan = new PlanContent(
                " ",
                List.of(activity(START.minusDays(1), "")),
                List.of(new SchoolAssignment("", null, null)),
                Rubric.of(40, RubricItem.of("homework", "作业", ManualRule.of(39))));

        assertThat(PlanRules.check(plan, START, END))
                .extracting(Violation::field)
                .contains(
                        "objectives",
                        "activities",
                        "activities[0].content",
                        "activities[0].startDate",
                        "assignments",
                        "assignments[0].title",
                        "assignments[0].dueDate",
                        "rubric.declaredTotal");
    }

    @Test
    void anActivityMayRunOverSeveralDaysInsideThePeriod() {
        Activity week = new Activity(
                START, END, "听课周", List.of(ActivityForm.LESSON_OBSERVATION), true, null, "全体教师", null, null, null);
        Activity beyond = new Activity(
                START, END.plusDays(1), "跨期活动", List.of(ActivityForm.OTHER), false, null, null, null, null, null);

        var plan = new PlanContent(
                "目标",
                List.of(week, beyond),
                validPlan().assignments(),
                validPlan().rubric());

        assertThat(PlanRules.check(plan, START, END))
                .extracting(Violation::field)
                .containsExactly("activities[1].startDate");
    }
}
