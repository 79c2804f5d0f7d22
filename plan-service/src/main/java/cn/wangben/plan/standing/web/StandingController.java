package cn.wangben.plan.standing.web;

import cn.wangben.contracts.ids.ProgrammeId;
import cn.wangben.contracts.ids.SchoolId;
import cn.wangben.plan.standing.SchoolStanding;
import cn.wangben.plan.standing.StandingDesk;
import cn.wangben.platform.domain.Caller;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Function;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class StandingController {
    private static final ZoneId DISPLAY_ZONE = ZoneId.of("Asia/Shanghai");
    private final StandingDesk desk;

    StandingController(StandingDesk desk) {
        this.desk = desk;
    }

    @GetMapping("/api/plan/programmes/{programmeId}/standings")
    List<StandingView> ofProgramme(Caller caller, @PathVariable String programmeId) {
        return desk.ofProgramme(caller, id(programmeId, ProgrammeId::of)).stream()
                .map(StandingView::of)
                .toList();
    }

    @PostMapping("/api/plan/programmes/{programmeId}/standings/{schoolId}/reinstatement")
    StandingView reinstate(
            Caller caller, @PathVariable String programmeId, @PathVariable String schoolId, @RequestBody Reason body) {
        return StandingView.of(
                desk.reinstate(caller, id(programmeId, ProgrammeId::of), id(schoolId, SchoolId::of), body.reason()));
    }

    private static <T> T id(String raw, Function<String, T> factory) {
        return cn.wangben.platform.web.PathIds.parse(raw, factory, "记录");
    }

    record Reason(String reason) {}

    record StandingView(
            String schoolId,
            String status,
            List<String> missing,
            OffsetDateTime cancelledAt,
            String reason,
            String reinstatedBy,
            OffsetDateTime reinstatedAt) {
        static StandingView of(SchoolStanding s) {
            return new StandingView(
                    s.school().value(),
                    s.status().name(),
                    s.missing(),
                    s.cancelledAt().atZone(DISPLAY_ZONE).toOffsetDateTime(),
                    s.reason(),
                    s.reinstatedBy(),
                    s.reinstatedAt() == null
                            ? null
                            : s.reinstatedAt().atZone(DISPLAY_ZONE).toOffsetDateTime());
        }
    }
}
