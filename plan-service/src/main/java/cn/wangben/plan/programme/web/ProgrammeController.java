package cn.wangben.plan.programme.web;

import cn.wangben.contracts.ids.ProgrammeId;
import cn.wangben.plan.programme.Programme;
import cn.wangben.plan.programme.ProgrammeDesk;
import cn.wangben.platform.domain.Caller;
import cn.wangben.platform.domain.Role;
import cn.wangben.platform.web.AllowedRoles;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/plan/programmes")
class ProgrammeController {
    private final ProgrammeDesk desk;

    ProgrammeController(ProgrammeDesk desk) {
        this.desk = desk;
    }

    @AllowedRoles(Role.COUNTY_ADMIN)
    @PostMapping
    ResponseEntity<ProgrammeView> draft(Caller caller, @Valid @RequestBody ProgrammeRequest request) {
        Programme programme = desk.draft(caller, request.toSettings());
        return ResponseEntity.created(URI.create("/api/plan/programmes/" + programme.id()))
                .body(ProgrammeView.of(programme));
    }

    @AllowedRoles(Role.COUNTY_ADMIN)
    @PutMapping("/{id}")
    ProgrammeView editDraft(Caller caller, @PathVariable String id, @Valid @RequestBody ProgrammeRequest request) {
        return ProgrammeView.of(desk.editDraft(caller, PathIds.programme(id), request.toSettings()));
    }

    @AllowedRoles(Role.COUNTY_ADMIN)
    @PostMapping("/{id}/revisions")
    ProgrammeView revise(Caller caller, @PathVariable String id, @Valid @RequestBody RevisionRequest request) {
        return ProgrammeView.of(
                desk.revise(caller, PathIds.programme(id), request.programme().toSettings(), request.reason()));
    }

    /** The full settings after the change, and why: a published programme changes only this way. */
    record RevisionRequest(
            @jakarta.validation.constraints.NotNull(message = "请填写修订后的项目设置") @Valid
            ProgrammeRequest programme,

            String reason) {}

    @PostMapping("/{id}/publish")
    ProgrammeView publish(Caller caller, @PathVariable String id) {
        return ProgrammeView.of(desk.publish(caller, PathIds.programme(id)));
    }

    @GetMapping("/{id}")
    ProgrammeView get(Caller caller, @PathVariable String id) {
        return ProgrammeView.of(desk.get(caller, PathIds.programme(id)));
    }

    @GetMapping
    List<ProgrammeView> list(Caller caller) {
        return desk.list(caller).stream().map(ProgrammeView::of).toList();
    }

    /** Ids from the path are checked like any input: a malformed one is simply not found. */
    static final class PathIds {
        private PathIds() {}

        static ProgrammeId programme(String raw) {
            return cn.wangben.platform.web.PathIds.parse(raw, ProgrammeId::of, "研修项目");
        }
    }
}
