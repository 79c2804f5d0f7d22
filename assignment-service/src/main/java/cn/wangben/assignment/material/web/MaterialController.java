package cn.wangben.assignment.material.web;

import cn.wangben.assignment.document.web.Uploads;
import cn.wangben.assignment.material.Material;
import cn.wangben.assignment.material.MaterialDesk;
import cn.wangben.assignment.material.MaterialId;
import cn.wangben.assignment.web.PathIds;
import cn.wangben.platform.domain.Caller;
import cn.wangben.platform.domain.Role;
import cn.wangben.platform.web.AllowedRoles;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
class MaterialController {
    private static final ZoneId DISPLAY_ZONE = ZoneId.of("Asia/Shanghai");
    private final MaterialDesk desk;

    MaterialController(MaterialDesk desk) {
        this.desk = desk;
    }

    /** A .pdf, .docx, .pptx or .xlsx document as the multipart part {@code file}, with its {@code title}. */
    @AllowedRoles(Role.COUNTY_ADMIN)
    @PostMapping(
            path = "/api/assignments/modules/{moduleId}/materials/files",
            consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    MaterialView addDocument(
            Caller caller,
            @PathVariable String moduleId,
            @RequestParam(name = "title", required = false) String title,
            @RequestPart(name = "file", required = false) MultipartFile file) {
        return MaterialView.of(desk.addDocument(caller, PathIds.module(moduleId), title, Uploads.of(file)));
    }

    @AllowedRoles(Role.COUNTY_ADMIN)
    @PostMapping("/api/assignments/modules/{moduleId}/materials/videos")
    @ResponseStatus(HttpStatus.CREATED)
    MaterialView addVideo(Caller caller, @PathVariable String moduleId, @Valid @RequestBody VideoRequest request) {
        return MaterialView.of(desk.addVideo(
                caller, PathIds.module(moduleId), request.title(), request.url(), request.durationSeconds()));
    }

    @GetMapping("/api/assignments/modules/{moduleId}/materials")
    List<MaterialView> ofModule(Caller caller, @PathVariable String moduleId) {
        return desk.ofModule(caller, PathIds.module(moduleId)).stream()
                .map(MaterialView::of)
                .toList();
    }

    /** A short-lived link to the document itself; fetch it without credentials before {@code expiresAt}. */
    @GetMapping("/api/assignments/materials/{id}/download-link")
    LinkView downloadLink(Caller caller, @PathVariable String id) {
        MaterialDesk.DownloadLink link =
                desk.downloadLink(caller, cn.wangben.platform.web.PathIds.parse(id, MaterialId::of, "课程资料"));
        return new LinkView(link.url(), link.expiresAt().atZone(DISPLAY_ZONE).toOffsetDateTime());
    }

    record VideoRequest(
            @NotBlank(message = "资料名称不能为空") String title,
            @NotBlank(message = "请填写视频地址") String url,
            @NotNull(message = "请填写视频时长（秒）") Integer durationSeconds) {}

    record LinkView(String url, OffsetDateTime expiresAt) {}

    /** {@code type} DOCUMENT (with kind, filename, bytes) or VIDEO (with url, durationSeconds). */
    record MaterialView(
            String id,
            String moduleId,
            String type,
            String title,
            String kind,
            String filename,
            Long bytes,
            String url,
            Integer durationSeconds,
            String addedBy,
            OffsetDateTime addedAt) {
        static MaterialView of(Material m) {
            return new MaterialView(
                    m.id().value(),
                    m.module().value(),
                    m.type().name(),
                    m.title(),
                    m.documentKind() == null ? null : m.documentKind().name(),
                    m.filename(),
                    m.bytes(),
                    m.videoUrl(),
                    m.durationSeconds(),
                    m.addedBy(),
                    m.addedAt().atZone(DISPLAY_ZONE).toOffsetDateTime());
        }
    }
}
