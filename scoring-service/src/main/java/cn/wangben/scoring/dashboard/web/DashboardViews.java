package cn.wangben.scoring.dashboard.web;

import cn.wangben.scoring.dashboard.ModuleFigures;
import cn.wangben.scoring.dashboard.ProgrammeFigures;
import cn.wangben.scoring.dashboard.Risk;
import cn.wangben.scoring.dashboard.SchoolFigures;
import cn.wangben.scoring.results.ModuleTally;
import cn.wangben.scoring.results.OnlineModule;
import cn.wangben.scoring.results.ResultTally;
import cn.wangben.scoring.results.SchoolSetup;
import cn.wangben.scoring.results.SchoolStats;
import cn.wangben.scoring.results.SheetState;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The JSON shapes of the dashboards; instants shown in Asia/Shanghai, scores as exact one-place decimals. */
final class DashboardViews {
    static final ZoneId DISPLAY_ZONE = ZoneId.of("Asia/Shanghai");

    private DashboardViews() {}

    static OffsetDateTime shown(Instant at) {
        return at == null ? null : at.atZone(DISPLAY_ZONE).toOffsetDateTime();
    }

    record ModuleView(
            String id,
            String programmeId,
            String title,
            OffsetDateTime opensAt,
            OffsetDateTime dueAt,
            int maxPoints,
            boolean released,
            OffsetDateTime releasedAt,
            int enrolled,
            int submitted,
            int onTime,
            int graded,
            int missed,
            BigDecimal submissionRate,
            BigDecimal average,
            Map<String, Integer> distribution) {
        static ModuleView of(ModuleFigures f) {
            OnlineModule m = f.module();
            ModuleTally t = f.tally();
            return new ModuleView(
                    m.id().value(),
                    m.programme().value(),
                    m.title(),
                    shown(m.opensAt()),
                    shown(m.dueAt()),
                    m.maxPoints(),
                    m.released(),
                    shown(m.releasedAt()),
                    f.enrolled(),
                    t.submitted(),
                    t.onTime(),
                    t.graded(),
                    t.missed(),
                    cn.wangben.scoring.results.Points.percent(t.submitted(), f.enrolled()),
                    t.average(),
                    t.bands());
        }
    }

    /** @param status FINAL once the county finalized the programme, PROVISIONAL before */
    record ResultsView(String status, int trainees, int complete, int passed, BigDecimal passRate, int hoursCredited) {
        static ResultsView of(ResultTally r, boolean finalized) {
            return new ResultsView(
                    finalized ? "FINAL" : "PROVISIONAL",
                    r.trainees(),
                    r.complete(),
                    r.passed(),
                    r.passRate(),
                    r.hoursCredited());
        }
    }

    record ProgrammeView(String programmeId, String name, int enrolled, int exempt, ResultsView results) {
        static ProgrammeView of(ProgrammeFigures p) {
            return new ProgrammeView(
                    p.id().value(), p.name(), p.enrolled(), p.exempt(), ResultsView.of(p.results(), p.finalized()));
        }
    }

    record PlanView(String status, OffsetDateTime at, String comment) {}

    record RosterView(boolean imported, OffsetDateTime importedAt, int teachers) {}

    /** @param status NOT_STARTED, IN_PROGRESS, REPORTED, OVERDUE or CANCELLED; NOT_STARTED without a sheet */
    record SheetView(String status, int trainees, int scored, OffsetDateTime reportedAt, OffsetDateTime overdueSince) {
        static SheetView of(SheetState s) {
            return s == null
                    ? new SheetView("NOT_STARTED", 0, 0, null, null)
                    : new SheetView(
                            s.status().name(),
                            s.trainees(),
                            s.scored(),
                            shown(s.reportedAt()),
                            shown(s.overdueSince()));
        }
    }

    record SchoolView(
            String schoolId,
            String schoolName,
            String programmeId,
            int enrolled,
            int exempt,
            Map<String, Integer> submittedByModule,
            PlanView plan,
            RosterView roster,
            SheetView sheet,
            boolean cancelled,
            List<String> cancelledFor,
            ResultsView results,
            List<Risk> risks) {
        static SchoolView of(SchoolFigures f) {
            SchoolStats s = f.stats();
            SchoolSetup setup = s.setup();
            Map<String, Integer> submitted = new TreeMap<>();
            s.modules().forEach(t -> submitted.put(t.module().value(), t.submitted()));
            return new SchoolView(
                    s.school().value(),
                    f.name(),
                    s.programme().value(),
                    s.enrolled(),
                    s.exempt(),
                    submitted,
                    new PlanView(setup.plan().name(), shown(setup.planAt()), setup.planComment()),
                    new RosterView(setup.rosterImported(), shown(setup.rosterImportedAt()), setup.rosterTeachers()),
                    SheetView.of(s.sheet()),
                    setup.cancelled(),
                    setup.missing(),
                    ResultsView.of(s.results(), s.finalized()),
                    f.risks());
        }
    }

    record AtRiskView(String schoolId, String schoolName, String programmeId, List<Risk> risks) {
        static AtRiskView of(SchoolFigures f) {
            return new AtRiskView(
                    f.stats().school().value(), f.name(), f.stats().programme().value(), f.risks());
        }
    }
}
