package cn.wangben.scoring.schoolscore;

import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.ProgrammeId;
import cn.wangben.contracts.ids.SchoolId;
import cn.wangben.platform.domain.DomainException;
import cn.wangben.scoring.facts.SchoolFacts;
import java.util.Optional;

/** Loads a school's {@link SheetCase}: the facts of its programme, plan, roster and trainees, and its own sheet. */
public class SheetCases {
    private final SchoolFacts facts;
    private final ScoreSheets sheets;

    public SheetCases(SchoolFacts facts, ScoreSheets sheets) {
        this.facts = facts;
        this.sheets = sheets;
    }

    /** Empty while the programme itself is unknown here (its event has not arrived, or it is another county's). */
    public Optional<SheetCase> find(CountyId county, ProgrammeId programme, SchoolId school) {
        return facts.programme(county, programme)
                .map(terms -> new SheetCase(
                        terms,
                        school,
                        facts.plan(county, programme, school),
                        facts.roster(county, programme, school),
                        facts.trainees(county, programme, school),
                        facts.standing(county, programme, school),
                        sheets.find(county, programme, school)
                                .orElseGet(() -> ScoreSheet.empty(county, programme, school))));
    }

    public SheetCase load(CountyId county, ProgrammeId programme, SchoolId school) {
        return find(county, programme, school).orElseThrow(() -> DomainException.notFound("研修项目", programme));
    }

    SchoolFacts facts() {
        return facts;
    }
}
