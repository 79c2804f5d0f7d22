package cn.wangben.scoring.schoolscore;

import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.SchoolId;
import cn.wangben.scoring.facts.ApprovedPlan;
import cn.wangben.scoring.facts.ProgrammeTerms;
import cn.wangben.scoring.facts.Roster;
import cn.wangben.scoring.facts.SchoolStanding;
import cn.wangben.scoring.facts.Trainee;
import java.util.Map;
import java.util.Optional;

/** Everything a school's sheet is computed from: the facts the events brought and the school's own entries. */
public record SheetCase(
        ProgrammeTerms programme,
        SchoolId school,
        Optional<ApprovedPlan> plan,
        Roster roster,
        Map<String, Trainee> trainees,
        Optional<SchoolStanding> standing,
        ScoreSheet sheet) {

    public SheetCase {
        trainees = Map.copyOf(trainees);
    }

    public CountyId county() {
        return programme.county();
    }

    public boolean cancelled() {
        return standing.map(SchoolStanding::cancelled).orElse(false);
    }
}
