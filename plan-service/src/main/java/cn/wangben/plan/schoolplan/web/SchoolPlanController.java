package cn.wangben.plan.schoolplan.web;

import cn.wangben.contracts.ids.ProgrammeId;
import cn.wangben.plan.schoolplan.SchoolPlan;
import cn.wangben.plan.schoolplan.SchoolPlanDesk;
import cn.wangben.plan.schoolplan.wire.PlanContentJson;
import cn.wangben.platform.domain.Caller;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class SchoolPlanController {
    private final SchoolPlanDesk desk;

    SchoolPlanController(SchoolPlanDesk desk) {
        this.desk = desk;
    }

    @PutMapping("/api/plan/programmes/{programmeId}/school-plans/mine")
    SchoolPlanView save(Caller caller, @PathVariable String programmeId, @RequestBody PlanContentJson content) {
        return view(desk.save(caller, programme(programmeId), content.toDomain()));
    }

    @GetMapping("/api/plan/programmes/{programmeId}/school-plans/mine")
    SchoolPlanView mine(Caller caller, @PathVariable String programmeId) {
        return view(desk.mine(caller, programme(programmeId)));
    }

    @PostMapping("/api/plan/programmes/{programmeId}/school-plans/mine/submit")
    SchoolPlanView submit(Caller caller, @PathVariable String programmeId) {
        return view(desk.submit(caller, programme(programmeId)));
    }

    @GetMapping("/api/plan/programmes/{programmeId}/school-plans")
    List<SchoolPlanView> ofProgramme(Caller caller, @PathVariable String programmeId) {
        return desk.ofProgramme(caller, programme(programmeId)).stream()
                .map(this::view)
                .toList();
    }

    @GetMapping("/api/plan/school-plans/{planId}")
    SchoolPlanView get(Caller caller, @PathVariable String planId) {
        return view(desk.get(caller, planId));
    }

    @PostMapping("/api/plan/school-plans/{planId}/return")
    SchoolPlanView returnWith(Caller caller, @PathVariable String planId, @RequestBody ReviewComment review) {
        return view(desk.returnWith(caller, planId, review.comment()));
    }

    @PostMapping("/api/plan/school-plans/{planId}/approve")
    SchoolPlanView approve(Caller caller, @PathVariable String planId) {
        return view(desk.approve(caller, planId));
    }

    private SchoolPlanView view(SchoolPlan plan) {
        return SchoolPlanView.of(plan, desk.problems(plan));
    }

    private static ProgrammeId programme(String raw) {
        return cn.wangben.platform.web.PathIds.parse(raw, ProgrammeId::of, "研修项目");
    }

    record ReviewComment(String comment) {}
}
