package cn.wangben.plan.exemption.web;

import cn.wangben.contracts.ids.ProgrammeId;
import cn.wangben.plan.exemption.Exemption;
import cn.wangben.plan.exemption.ExemptionDesk;
import cn.wangben.platform.domain.Caller;
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
class ExemptionController {
    private static final ZoneId DISPLAY_ZONE = ZoneId.of("Asia/Shanghai");
    private final ExemptionDesk desk;

    ExemptionController(ExemptionDesk desk) {
        this.desk = desk;
    }

    @PostMapping("/api/plan/programmes/{programmeId}/exemptions")
    @ResponseStatus(HttpStatus.CREATED)
    ExemptionView exempt(Caller caller, @PathVariable String programmeId, @RequestBody ExemptionRequest body) {
        return ExemptionView.of(
                desk.exempt(caller, programme(programmeId), body.teacherKey(), body.category(), body.evidence()));
    }

    @GetMapping("/api/plan/programmes/{programmeId}/exemptions")
    List<ExemptionView> list(Caller caller, @PathVariable String programmeId) {
        return desk.list(caller, programme(programmeId)).stream()
                .map(ExemptionView::of)
                .toList();
    }

    private static ProgrammeId programme(String raw) {
        return cn.wangben.platform.web.PathIds.parse(raw, ProgrammeId::of, "研修项目");
    }

    record ExemptionRequest(String teacherKey, String category, String evidence) {}

    record ExemptionView(
            String teacherKey,
            String name,
            String maskedIdNumber,
            String schoolId,
            String category,
            String evidence,
            String by,
            OffsetDateTime at) {
        static ExemptionView of(Exemption e) {
            return new ExemptionView(
                    e.teacher().teacherKey(),
                    e.teacher().name(),
                    e.teacher().maskedIdNumber(),
                    e.teacher().school().value(),
                    e.category(),
                    e.evidence(),
                    e.by(),
                    e.at().atZone(DISPLAY_ZONE).toOffsetDateTime());
        }
    }
}
