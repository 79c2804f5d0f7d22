package cn.wangben.scoring.dashboard;

import cn.wangben.contracts.ids.ProgrammeId;
import cn.wangben.contracts.ids.SchoolId;
import cn.wangben.scoring.results.OnlineModule;
import cn.wangben.scoring.results.ProgrammeSettings;
import cn.wangben.scoring.results.ResultTally;
import cn.wangben.scoring.results.SchoolStats;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Adds stored school figures up into module, programme and school views, with names and risks, as of one instant. */
final class Figures {
    private final Map<SchoolId, String> names;
    private final Map<ProgrammeId, ProgrammeSettings> programmes;
    private final List<OnlineModule> modules;
    private final RiskSettings settings;
    private final Instant now;

    Figures(
            Map<SchoolId, String> names,
            Map<ProgrammeId, ProgrammeSettings> programmes,
            List<OnlineModule> modules,
            RiskSettings settings,
            Instant now) {
        this.names = names;
        this.programmes = programmes;
        this.modules = modules;
        this.settings = settings;
        this.now = now;
    }

    ModuleFigures module(OnlineModule m, List<SchoolStats> stats) {
        List<SchoolStats> mine =
                stats.stream().filter(s -> s.programme().equals(m.programme())).toList();
        int enrolled = mine.stream().mapToInt(SchoolStats::enrolled).sum();
        return new ModuleFigures(m, enrolled, DashboardDesk.sum(m.id(), mine));
    }

    ProgrammeFigures programme(ProgrammeId id, List<SchoolStats> stats) {
        List<SchoolStats> mine =
                stats.stream().filter(s -> s.programme().equals(id)).toList();
        ResultTally results = ResultTally.empty();
        for (SchoolStats s : mine) {
            results = results.plus(s.results());
        }
        ProgrammeSettings p = programmes.get(id);
        return new ProgrammeFigures(
                id,
                p == null ? null : p.name(),
                mine.stream().anyMatch(SchoolStats::finalized),
                mine.stream().mapToInt(SchoolStats::enrolled).sum(),
                mine.stream().mapToInt(SchoolStats::exempt).sum(),
                results);
    }

    SchoolFigures school(SchoolStats s) {
        List<OnlineModule> own = modules.stream()
                .filter(m -> m.programme().equals(s.programme()))
                .toList();
        return new SchoolFigures(
                s, names.get(s.school()), RiskRules.of(s, programmes.get(s.programme()), own, now, settings));
    }
}
