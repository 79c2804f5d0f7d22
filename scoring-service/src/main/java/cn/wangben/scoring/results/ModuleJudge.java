package cn.wangben.scoring.results;

import java.util.Map;

/** The rules for one trainee in one module: what counts, and how a piece of work shows in the module's figures. */
final class ModuleJudge {
    private static final String UNBANDED = "未分档";

    private ModuleJudge() {}

    /**
     * A grade counts once the module is released (the latest revision, whatever came first); a missed cutoff is 0
     * at once; a released module with neither stays uncounted, so the result stays provisional.
     */
    static ModuleResult judge(OnlineModule m, ModuleWork work) {
        String title = m.shownTitle();
        if (work != null && work.grade() != null) {
            return m.released()
                    ? new ModuleResult(
                            m.id(),
                            title,
                            ModuleOutcome.SCORED,
                            Points.of(work.grade().score()))
                    : new ModuleResult(m.id(), title, ModuleOutcome.AWAITING_RELEASE, null);
        }
        if (work != null && work.missed()) {
            return new ModuleResult(m.id(), title, ModuleOutcome.MISSED, Points.ZERO);
        }
        if (work != null && work.submitted()) {
            return new ModuleResult(m.id(), title, ModuleOutcome.AWAITING_GRADE, null);
        }
        return new ModuleResult(m.id(), title, m.released() ? ModuleOutcome.NOT_GRADED : ModuleOutcome.PENDING, null);
    }

    static ModuleTally tally(OnlineModule m, ModuleWork w) {
        boolean onTime =
                w.submitted() && m.dueAt() != null && w.firstSubmittedAt().isBefore(m.dueAt());
        boolean graded = w.grade() != null;
        boolean missed = !graded && w.missed();
        Map<String, Integer> bands = graded
                ? Map.of(w.grade().band() == null ? UNBANDED : w.grade().band(), 1)
                : missed ? Map.of(ModuleTally.MISSED_BAND, 1) : Map.of();
        return new ModuleTally(
                m.id(),
                w.submitted() ? 1 : 0,
                onTime ? 1 : 0,
                graded ? 1 : 0,
                missed ? 1 : 0,
                graded ? Points.of(w.grade().score()) : Points.ZERO,
                bands);
    }
}
