package cn.wangben.scoring.schoolscore.web;

import cn.wangben.platform.domain.Caller;
import cn.wangben.rubric.ItemScore;
import cn.wangben.scoring.schoolscore.OverviewDesk;
import cn.wangben.scoring.schoolscore.SchoolPart;
import cn.wangben.scoring.schoolscore.SheetSummary;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The county's list of sheets with their status; a teacher's own school part. */
@RestController
class OverviewController {
    private final OverviewDesk desk;

    OverviewController(OverviewDesk desk) {
        this.desk = desk;
    }

    @GetMapping("/api/scoring/programmes/{programmeId}/sheets")
    List<SummaryView> sheets(Caller caller, @PathVariable String programmeId) {
        return desk.sheets(caller, Paths.programme(programmeId)).stream()
                .map(SummaryView::of)
                .toList();
    }

    @GetMapping("/api/scoring/programmes/{programmeId}/school-part")
    PartView myPart(Caller caller, @PathVariable String programmeId) {
        return PartView.of(desk.myPart(caller, Paths.programme(programmeId)));
    }

    record SummaryView(
            String schoolId,
            String status,
            boolean planApproved,
            boolean rosterImported,
            int trainees,
            int scored,
            OffsetDateTime reportedAt,
            String reportedBy,
            OffsetDateTime overdueSince,
            String cancelledReason,
            int pendingCorrections) {
        static SummaryView of(SheetSummary s) {
            return new SummaryView(
                    s.school().value(),
                    s.status().name(),
                    s.planApproved(),
                    s.rosterImported(),
                    s.trainees(),
                    s.scored(),
                    Paths.shown(s.reportedAt()),
                    s.reportedBy(),
                    Paths.shown(s.overdueSince()),
                    s.cancelledReason(),
                    s.pendingCorrections());
        }
    }

    /** @param points the school part, scaled to the programme's school points */
    record PartView(
            String programmeId,
            String schoolId,
            String name,
            BigDecimal points,
            BigDecimal rawTotal,
            String status,
            String reason,
            List<ItemScore> items) {
        static PartView of(SchoolPart p) {
            return new PartView(
                    p.programme().value(),
                    p.school().value(),
                    p.name(),
                    p.points(),
                    p.rawTotal(),
                    p.status().name(),
                    p.reason(),
                    p.items());
        }
    }
}
