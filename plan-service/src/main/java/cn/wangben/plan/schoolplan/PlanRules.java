package cn.wangben.plan.schoolplan;

import cn.wangben.platform.domain.DomainException.Violation;
import cn.wangben.rubric.RubricViolation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What a plan must hold before it goes to the county (domain.md, "School part"): at least two courses or activities,
 * at least two assignments, dates inside the programme period, and a valid rubric. Every problem is reported at once,
 * named by its field path.
 */
public final class PlanRules {
    public static final int MIN_ACTIVITIES = 2;
    public static final int MIN_ASSIGNMENTS = 2;
    public static final int MAX_TEXT = 500;

    private PlanRules() {}

    public static List<Violation> check(PlanContent plan, LocalDate periodStart, LocalDate periodEnd) {
        List<Violation> found = new ArrayList<>();
        if (blank(plan.objectives())) {
            found.add(new Violation("objectives", "请填写研修目标"));
        }
        if (plan.activities().size() < MIN_ACTIVITIES) {
            found.add(new Violation(
                    "activities",
                    "至少安排 " + MIN_ACTIVITIES + " 项课程或活动（当前 " + plan.activities().size() + " 项）"));
        }
        for (int i = 0; i < plan.activities().size(); i++) {
            checkActivity(plan.activities().get(i), "activities[" + i + "]", periodStart, periodEnd, found);
        }
        if (plan.assignments().size() < MIN_ASSIGNMENTS) {
            found.add(new Violation(
                    "assignments",
                    "至少布置 " + MIN_ASSIGNMENTS + " 项研修作业（当前 "
                            + plan.assignments().size() + " 项）"));
        }
        for (int i = 0; i < plan.assignments().size(); i++) {
            SchoolAssignment a = plan.assignments().get(i);
            String at = "assignments[" + i + "]";
            if (blank(a.title())) {
                found.add(new Violation(at + ".title", "请填写作业名称"));
            }
            if (a.dueDate() == null) {
                found.add(new Violation(at + ".dueDate", "请填写作业截止日期"));
            } else if (outside(a.dueDate(), periodStart, periodEnd)) {
                found.add(new Violation(at + ".dueDate", "作业截止日期必须在研修周期（" + periodStart + " 至 " + periodEnd + "）之内"));
            }
        }
        if (plan.rubric() == null) {
            found.add(new Violation("rubric", "请填写考核细则"));
        } else {
            for (RubricViolation v : plan.rubric().validate().violations()) {
                found.add(new Violation("rubric." + v.path(), v.message()));
            }
        }
        return found;
    }

    private static void checkActivity(Activity a, String at, LocalDate start, LocalDate end, List<Violation> found) {
        if (blank(a.content())) {
            found.add(new Violation(at + ".content", "请填写活动内容"));
        } else if (a.content().length() > MAX_TEXT) {
            found.add(new Violation(at + ".content", "活动内容不能超过 " + MAX_TEXT + " 字"));
        }
        if (a.forms().isEmpty()) {
            found.add(new Violation(at + ".forms", "请至少选择一种活动形式"));
        }
        if (a.startDate() == null) {
            found.add(new Violation(at + ".startDate", "请填写活动日期"));
            return;
        }
        LocalDate last = a.endDate() == null ? a.startDate() : a.endDate();
        if (last.isBefore(a.startDate())) {
            found.add(new Violation(at + ".endDate", "活动结束日期不能早于开始日期"));
        }
        if (outside(a.startDate(), start, end) || outside(last, start, end)) {
            found.add(new Violation(at + ".startDate", "活动日期必须在研修周期（" + start + " 至 " + end + "）之内"));
        }
    }

    private static boolean outside(LocalDate day, LocalDate start, LocalDate end) {
        return day.isBefore(start) || day.isAfter(end);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
