package cn.wangben.scoring.schoolscore;

import cn.wangben.contracts.ids.SchoolId;
import cn.wangben.platform.domain.DomainException;
import cn.wangben.scoring.facts.ProgrammeTerms;
import cn.wangben.scoring.facts.SchoolFacts;
import java.time.Instant;

/**
 * Once a programme's school scoring deadline has passed, flags every known school whose sheet is not reported (and
 * which is not cancelled) as overdue, once per deadline. Safe to run repeatedly and on several instances: a flag is a
 * versioned write of the sheet, so a concurrent change makes this run skip the school and the next run retry it.
 */
public class ScoringDeadlineSweep {
    private final SchoolFacts facts;
    private final SheetCases cases;
    private final ScoreSheets sheets;
    private final SheetProjector projector;

    public ScoringDeadlineSweep(SchoolFacts facts, SheetCases cases, ScoreSheets sheets, SheetProjector projector) {
        this.facts = facts;
        this.cases = cases;
        this.sheets = sheets;
        this.projector = projector;
    }

    /** Returns how many sheets this run flagged. */
    public int sweep(Instant now) {
        int flagged = 0;
        for (ProgrammeTerms programme : facts.scoringDeadlinePassed(now)) {
            for (SchoolId school : facts.schools(programme.county(), programme.id())) {
                if (flag(programme, school)) {
                    flagged++;
                }
            }
        }
        return flagged;
    }

    private boolean flag(ProgrammeTerms programme, SchoolId school) {
        SheetCase c = cases.find(programme.county(), programme.id(), school).orElse(null);
        if (c == null || c.cancelled() || !c.sheet().flagOverdue(programme.scoringDeadline())) {
            return false;
        }
        try {
            sheets.save(c.sheet());
        } catch (DomainException concurrentChange) {
            return false;
        }
        projector.refresh(programme.county(), programme.id(), school);
        return true;
    }
}
