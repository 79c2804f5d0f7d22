package cn.wangben.scoring.facts;

import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.ProgrammeId;
import cn.wangben.contracts.ids.SchoolId;
import cn.wangben.contracts.plan.PlannedActivity;
import cn.wangben.contracts.plan.RubricSpec;
import java.time.Instant;
import java.util.List;

/** A school's approved plan as it arrived: the rubric the school scores by and the activities attendance is kept for. */
public record ApprovedPlan(
        CountyId county,
        ProgrammeId programme,
        SchoolId school,
        String planId,
        RubricSpec rubric,
        List<PlannedActivity> activities,
        Instant approvedAt) {

    public ApprovedPlan {
        activities = List.copyOf(activities);
    }
}
