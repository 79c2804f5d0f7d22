package cn.wangben.plan.schoolplan.web;

import cn.wangben.plan.schoolplan.ReviewStep;
import cn.wangben.plan.schoolplan.SchoolPlan;
import cn.wangben.plan.schoolplan.wire.PlanContentJson;
import cn.wangben.platform.domain.DomainException.Violation;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

/** A plan with its review history and what would still block its submission ({@code problems}). */
record SchoolPlanView(
        String id,
        String programmeId,
        String schoolId,
        String status,
        PlanContentJson content,
        List<Violation> problems,
        List<Step> history) {

    private static final ZoneId DISPLAY_ZONE = ZoneId.of("Asia/Shanghai");

    record Step(String action, String by, OffsetDateTime at, String comment) {}

    static SchoolPlanView of(SchoolPlan plan, List<Violation> problems) {
        return new SchoolPlanView(
                plan.id(),
                plan.programme().value(),
                plan.school().value(),
                plan.status().name(),
                PlanContentJson.of(plan.content()),
                problems,
                plan.history().stream().map(SchoolPlanView::step).toList());
    }

    private static Step step(ReviewStep s) {
        return new Step(s.action(), s.by(), s.at().atZone(DISPLAY_ZONE).toOffsetDateTime(), s.comment());
    }
}
