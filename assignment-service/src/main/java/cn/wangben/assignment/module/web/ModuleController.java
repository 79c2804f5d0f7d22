package cn.wangben.assignment.module.web;

import cn.wangben.assignment.module.ModuleDesk;
import cn.wangben.assignment.module.ModuleDraft;
import cn.wangben.assignment.module.OnlineModule;
import cn.wangben.assignment.web.PathIds;
import cn.wangben.platform.domain.Caller;
import cn.wangben.platform.domain.Role;
import cn.wangben.platform.web.AllowedRoles;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/assignments/modules")
class ModuleController {
    private final ModuleDesk desk;

    ModuleController(ModuleDesk desk) {
        this.desk = desk;
    }

    @AllowedRoles(Role.COUNTY_ADMIN)
    @PostMapping
    ResponseEntity<ModuleView> schedule(Caller caller, @Valid @RequestBody ModuleRequest request) {
        OnlineModule module = desk.schedule(caller, request.toDraft());
        return ResponseEntity.created(URI.create("/api/assignments/modules/" + module.id()))
                .body(ModuleView.of(module));
    }

    @GetMapping("/{id}")
    ModuleView get(Caller caller, @PathVariable String id) {
        return ModuleView.of(desk.get(caller, PathIds.module(id)));
    }

    /**
     * The county's modules of the programme and one school's assignments (scope SCHOOL): the caller's own school for
     * teachers and school admins; {@code schoolId} lets the county admin look at one school's.
     */
    @GetMapping
    List<ModuleView> ofProgramme(
            Caller caller, @RequestParam String programmeId, @RequestParam(required = false) String schoolId) {
        var school = schoolId == null || schoolId.isBlank() ? null : PathIds.school(schoolId);
        return desk.ofProgramme(caller, PathIds.programme(programmeId), school).stream()
                .map(ModuleView::of)
                .toList();
    }

    record ModuleRequest(
            @NotBlank(message = "请选择研修项目") String programmeId,
            @NotBlank(message = "板块名称不能为空") String title,
            String prompt,
            Integer maxPoints,
            @NotNull(message = "请填写板块开放时间（含时区）") OffsetDateTime opensAt,
            @NotNull(message = "请填写作业截止时间（含时区）") OffsetDateTime dueAt) {

        ModuleDraft toDraft() {
            return new ModuleDraft(
                    PathIds.programmeField(programmeId),
                    title,
                    prompt,
                    maxPoints,
                    opensAt.toInstant(),
                    dueAt.toInstant());
        }
    }

    /**
     * {@code scope} COUNTY (an online module of the county) or SCHOOL (an assignment of {@code schoolId}'s approved
     * plan, worth no county points: {@code maxPoints} 0, scored by the school's rubric).
     */
    record ModuleView(
            String id,
            String programmeId,
            OnlineModule.Scope scope,
            String schoolId,
            String title,
            String prompt,
            int maxPoints,
            OffsetDateTime opensAt,
            OffsetDateTime dueAt) {
        static ModuleView of(OnlineModule m) {
            return new ModuleView(
                    m.id().value(),
                    m.programme().value(),
                    m.scope(),
                    m.school() == null ? null : m.school().value(),
                    m.title(),
                    m.prompt(),
                    m.maxPoints(),
                    m.opensAt().atZone(m.zone()).toOffsetDateTime(),
                    m.dueAt().atZone(m.zone()).toOffsetDateTime());
        }
    }
}
