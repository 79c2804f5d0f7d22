package cn.wangben.plan.schoolplan.wire;

import cn.wangben.contracts.plan.RubricSpec;
import cn.wangben.plan.schoolplan.Activity;
import cn.wangben.plan.schoolplan.ActivityForm;
import cn.wangben.plan.schoolplan.PlanContent;
import cn.wangben.plan.schoolplan.SchoolAssignment;
import cn.wangben.platform.domain.DomainException;
import cn.wangben.platform.domain.DomainException.Violation;
import cn.wangben.rubric.spec.RubricSpecs;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A plan as the client sends and receives it, and as it is stored: one mapping for both, so what is saved is exactly
 * what was accepted. Shape errors (an unknown activity form or rule kind) are refused here, naming the field.
 */
public record PlanContentJson(
        String objectives, List<ActivityJson> activities, List<AssignmentJson> assignments, RubricSpec rubric) {

    public record ActivityJson(
            LocalDate startDate,
            LocalDate endDate,
            String content,
            List<String> forms,
            Boolean practice,
            String presenter,
            String participants,
            String location,
            String department,
            String responsiblePerson) {}

    public record AssignmentJson(String title, String requirement, LocalDate dueDate) {}

    public PlanContent toDomain() {
        List<Violation> problems = new ArrayList<>();
        List<Activity> mapped = new ArrayList<>();
        List<ActivityJson> given = activities == null ? List.of() : activities;
        for (int i = 0; i < given.size(); i++) {
            mapped.add(activity(given.get(i), "activities[" + i + "]", problems));
        }
        var rubricDomain = rubric == null
                ? null
                : RubricSpecs.toRubric(rubric, "rubric", (path, message) -> problems.add(new Violation(path, message)));
        if (!problems.isEmpty()) {
            throw DomainException.ruleViolated("invalid-plan", problems);
        }
        List<SchoolAssignment> tasks = assignments == null
                ? List.of()
                : assignments.stream()
                        .map(a -> new SchoolAssignment(a.title(), a.requirement(), a.dueDate()))
                        .toList();
        return new PlanContent(objectives, mapped, tasks, rubricDomain);
    }

    public static PlanContentJson of(PlanContent plan) {
        return new PlanContentJson(
                plan.objectives(),
                plan.activities().stream()
                        .map(a -> new ActivityJson(
                                a.startDate(),
                                a.endDate(),
                                a.content(),
                                a.forms().stream().map(ActivityForm::label).toList(),
                                a.practice(),
                                a.presenter(),
                                a.participants(),
                                a.location(),
                                a.department(),
                                a.responsiblePerson()))
                        .toList(),
                plan.assignments().stream()
                        .map(a -> new AssignmentJson(a.title(), a.requirement(), a.dueDate()))
                        .toList(),
                plan.rubric() == null ? null : RubricSpecs.toSpec(plan.rubric()));
    }

    private static Activity activity(ActivityJson a, String at, List<Violation> problems) {
        List<ActivityForm> forms = new ArrayList<>();
        List<String> labels = a.forms() == null ? List.of() : a.forms();
        for (int j = 0; j < labels.size(); j++) {
            String label = labels.get(j);
            ActivityForm.byLabel(label)
                    .ifPresentOrElse(
                            forms::add,
                            () -> problems.add(new Violation(
                                    at + ".forms", "活动形式「" + label + "」不在可选范围内（专题讲座、集体备课、听课评课、技能训练、读书汇报等）")));
        }
        return new Activity(
                a.startDate(),
                a.endDate(),
                a.content(),
                forms,
                Boolean.TRUE.equals(a.practice()),
                a.presenter(),
                a.participants(),
                a.location(),
                a.department(),
                a.responsiblePerson());
    }
}
