package cn.wangben.scoring.schoolscore;

import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.ProgrammeId;
import cn.wangben.contracts.ids.SchoolId;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Rebuilds a school's parts and summary from its current sheet and facts. Called after every change of either, so the
 * board is at most one change behind; computing from the stored state (never applying deltas) makes a repeated or
 * reordered refresh harmless. Refreshes of one school are serialized in this process, so a slow refresh cannot
 * overwrite a newer one.
 */
public class SheetProjector {
    private final SheetCases cases;
    private final ScoreBoard board;
    private final Clock clock;
    private final ConcurrentHashMap<String, Object> locks = new ConcurrentHashMap<>();

    public SheetProjector(SheetCases cases, ScoreBoard board, Clock clock) {
        this.cases = cases;
        this.board = board;
        this.clock = clock;
    }

    public void refresh(CountyId county, ProgrammeId programme, SchoolId school) {
        String key = county.value() + ":" + programme.value() + ":" + school.value();
        synchronized (locks.computeIfAbsent(key, k -> new Object())) {
            cases.find(county, programme, school).ifPresent(c -> publish(c, GridCalculator.compute(c)));
        }
    }

    /** Every known school of the programme, e.g. after a revision changed its school points. */
    public void refreshProgramme(CountyId county, ProgrammeId programme) {
        cases.facts().schools(county, programme).forEach(school -> refresh(county, programme, school));
    }

    private void publish(SheetCase c, Grid grid) {
        Instant now = clock.instant();
        List<SchoolPart> parts = new ArrayList<>();
        for (GridRow row : grid.rows()) {
            if (!row.complete()) {
                continue;
            }
            PartStatus status = grid.status() == SheetStatus.CANCELLED
                    ? PartStatus.CANCELLED
                    : grid.locked() ? PartStatus.REPORTED : PartStatus.PROVISIONAL;
            parts.add(new SchoolPart(
                    c.county(),
                    grid.programme().id(),
                    grid.school(),
                    row.teacherKey(),
                    row.teacherId(),
                    row.name(),
                    row.schoolScore(),
                    row.rawTotal(),
                    status,
                    row.reason(),
                    ItemScores.of(grid, row),
                    now));
        }
        board.publish(
                new SheetSummary(
                        c.county(),
                        grid.programme().id(),
                        grid.school(),
                        grid.status(),
                        grid.planApproved(),
                        c.roster().imported(),
                        grid.rows().size(),
                        parts.size(),
                        grid.reportedAt(),
                        grid.reportedBy(),
                        grid.overdueSince(),
                        grid.cancelledReason(),
                        (int) grid.corrections().stream()
                                .filter(Correction::pending)
                                .count(),
                        now),
                parts);
    }
}
