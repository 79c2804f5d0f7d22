package cn.wangben.plan.schoolplan;

import cn.wangben.rubric.Rubric;
import java.util.List;

/** What a school writes in its plan: objectives, the activity schedule, assignments and the rubric. */
public record PlanContent(
        String objectives, List<Activity> activities, List<SchoolAssignment> assignments, Rubric rubric) {

    public PlanContent {
        activities = activities == null ? List.of() : List.copyOf(activities);
        assignments = assignments == null ? List.of() : List.copyOf(assignments);
    }
}
