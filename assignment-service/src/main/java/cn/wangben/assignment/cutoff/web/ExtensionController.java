package cn.wangben.assignment.cutoff.web;

import cn.wangben.assignment.cutoff.Extension;
import cn.wangben.assignment.cutoff.ExtensionDesk;
import cn.wangben.assignment.web.PathIds;
import cn.wangben.contracts.ids.TeacherId;
import cn.wangben.platform.domain.Caller;
import cn.wangben.platform.domain.DomainException;
import cn.wangben.platform.domain.Role;
import cn.wangben.platform.web.AllowedRoles;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ExtensionController {
    private static final ZoneId DISPLAY_ZONE = ZoneId.of("Asia/Shanghai");
    private final ExtensionDesk desk;

    ExtensionController(ExtensionDesk desk) {
        this.desk = desk;
    }

    /** A later cutoff for one trainee: an absolute instant with its offset, e.g. 2026-12-18T24:00 = ...19T00:00+08:00. */
    @AllowedRoles(Role.COUNTY_ADMIN)
    @PostMapping("/api/assignments/modules/{moduleId}/extensions")
    @ResponseStatus(HttpStatus.CREATED)
    ExtensionView grant(Caller caller, @PathVariable String moduleId, @Valid @RequestBody ExtensionRequest request) {
        return ExtensionView.of(desk.grant(
                caller,
                PathIds.module(moduleId),
                teacher(request.teacherId()),
                request.until().toInstant(),
                request.reason()));
    }

    @GetMapping("/api/assignments/modules/{moduleId}/extensions")
    List<ExtensionView> ofModule(Caller caller, @PathVariable String moduleId) {
        return desk.ofModule(caller, PathIds.module(moduleId)).stream()
                .map(ExtensionView::of)
                .toList();
    }

    private static TeacherId teacher(String raw) {
        try {
            return TeacherId.of(raw);
        } catch (IllegalArgumentException e) {
            throw DomainException.ruleViolated("invalid-extension", "teacherId", "教师账号编号格式不正确");
        }
    }

    record ExtensionRequest(
            @NotBlank(message = "请选择教师") String teacherId,
            @NotNull(message = "请填写延期截止时间（含时区）") OffsetDateTime until,
            @NotBlank(message = "请填写延期原因") String reason) {}

    /** {@code by} and {@code grantedAt} audit the grant in force; earlier grants stay in the record's history. */
    record ExtensionView(
            String moduleId,
            String teacherId,
            String schoolId,
            OffsetDateTime until,
            String reason,
            String by,
            OffsetDateTime grantedAt) {
        static ExtensionView of(Extension e) {
            return new ExtensionView(
                    e.module().value(),
                    e.teacher().value(),
                    e.school() == null ? null : e.school().value(),
                    e.until().atZone(DISPLAY_ZONE).toOffsetDateTime(),
                    e.reason(),
                    e.by(),
                    e.grantedAt().atZone(DISPLAY_ZONE).toOffsetDateTime());
        }
    }
}
