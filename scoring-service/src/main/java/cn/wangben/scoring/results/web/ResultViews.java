package cn.wangben.scoring.results.web;

import cn.wangben.contracts.ids.ProgrammeId;
import cn.wangben.contracts.ids.SchoolId;
import cn.wangben.platform.web.PathIds;
import cn.wangben.scoring.results.Finalization;
import cn.wangben.scoring.results.FinalizationStatus;
import cn.wangben.scoring.results.ModuleResult;
import cn.wangben.scoring.results.TraineeResult;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

/** The JSON shapes of results; instants shown in Asia/Shanghai, points exact with one place. */
final class ResultViews {
    private static final ZoneId DISPLAY_ZONE = ZoneId.of("Asia/Shanghai");

    private ResultViews() {}

    static ProgrammeId programme(String raw) {
        return PathIds.parse(raw, ProgrammeId::of, "研修项目");
    }

    static SchoolId school(String raw) {
        return raw == null ? null : PathIds.parse(raw, SchoolId::of, "学校");
    }

    static OffsetDateTime shown(Instant at) {
        return at == null ? null : at.atZone(DISPLAY_ZONE).toOffsetDateTime();
    }

    record ModuleView(String moduleId, String title, String outcome, BigDecimal score) {
        static ModuleView of(ModuleResult m) {
            return new ModuleView(m.module().value(), m.title(), m.outcome().name(), m.score());
        }
    }

    /**
     * @param status EXEMPT, or FINAL / PROVISIONAL
     * @param schoolStatus PROVISIONAL, REPORTED or CANCELLED; {@code null} while the school has not scored
     */
    record ResultView(
            String teacherKey,
            String teacherId,
            String name,
            String schoolId,
            String status,
            String exemption,
            List<ModuleView> modules,
            BigDecimal onlinePoints,
            BigDecimal schoolPoints,
            String schoolStatus,
            String schoolReason,
            BigDecimal totalPoints,
            boolean passed,
            int creditedHours,
            boolean complete,
            String certificateCode) {
        static ResultView of(TraineeResult r) {
            String status = r.exempt() ? "EXEMPT" : r.finalized() ? "FINAL" : "PROVISIONAL";
            return new ResultView(
                    r.teacherKey(),
                    r.teacherId() == null ? null : r.teacherId().value(),
                    r.name(),
                    r.school().value(),
                    status,
                    r.exemption(),
                    r.modules().stream().map(ModuleView::of).toList(),
                    r.onlinePoints(),
                    r.schoolPoints(),
                    r.schoolStatus() == null ? null : r.schoolStatus().name(),
                    r.schoolReason(),
                    r.totalPoints(),
                    r.passed(),
                    r.creditedHours(),
                    r.complete(),
                    r.certificateCode());
        }
    }

    /** @param state NOT_FINALIZED, IN_PROGRESS or COMPLETED */
    record FinalizationView(
            String state,
            List<String> missing,
            OffsetDateTime startedAt,
            String startedBy,
            boolean forced,
            String reason,
            OffsetDateTime completedAt,
            int trainees,
            int passed,
            int exempt) {
        static FinalizationView of(FinalizationStatus s) {
            Finalization f = s.finalization();
            return f == null
                    ? new FinalizationView("NOT_FINALIZED", s.missing(), null, null, false, null, null, 0, 0, 0)
                    : of(f);
        }

        static FinalizationView of(Finalization f) {
            return new FinalizationView(
                    f.state().name(),
                    f.missing(),
                    shown(f.startedAt()),
                    f.startedBy(),
                    f.forced(),
                    f.reason(),
                    shown(f.completedAt()),
                    f.trainees(),
                    f.passed(),
                    f.exempt());
        }
    }
}
