package cn.wangben.scoring.results;

import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.ProgrammeId;
import cn.wangben.contracts.ids.SchoolId;
import cn.wangben.contracts.ids.TeacherId;
import cn.wangben.contracts.plan.RosteredTeacher;
import cn.wangben.scoring.facts.SchoolFacts;
import cn.wangben.scoring.facts.Trainee;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Computes a school's board (figures and trainee rows) from the stored facts when it is read. A pure function of the
 * facts, never of their arrival order. The dashboards do not use it: they read the counters ({@link CounterProjector}).
 */
public class ResultProjector {
    private final ResultFacts facts;
    private final SchoolFacts schoolFacts;
    private final SchoolScoreReads scoring;
    private final FinalResults finals;

    public ResultProjector(ResultFacts facts, SchoolFacts schoolFacts, SchoolScoreReads scoring, FinalResults finals) {
        this.facts = facts;
        this.schoolFacts = schoolFacts;
        this.scoring = scoring;
        this.finals = finals;
    }

    /** The school's board as shown: the frozen rows once the programme is finalized, else the live ones. */
    public SchoolBoard board(CountyId county, ProgrammeId programme, SchoolId school) {
        boolean finalized = finals.finalization(county, programme)
                .filter(Finalization::completed)
                .isPresent();
        return ResultCalculator.board(inputs(county, programme, school, finalized));
    }

    /** The boards as the live facts give them now, ignoring any frozen results: what finalization freezes. */
    public List<SchoolBoard> liveBoards(CountyId county, ProgrammeId programme) {
        return schools(county, programme).stream()
                .map(school -> ResultCalculator.board(inputs(county, programme, school, false)))
                .toList();
    }

    /** Every school any fact of the programme names. */
    public List<SchoolId> schools(CountyId county, ProgrammeId programme) {
        TreeSet<String> schools = new TreeSet<>();
        facts.schools(county, programme).forEach(s -> schools.add(s.value()));
        schoolFacts.schools(county, programme).forEach(s -> schools.add(s.value()));
        return schools.stream().map(SchoolId::of).toList();
    }

    private SchoolInputs inputs(CountyId county, ProgrammeId programme, SchoolId school, boolean finalized) {
        Map<String, Trainee> trainees = facts.trainees(county, programme, school);
        List<TeacherId> accounts = trainees.values().stream()
                .map(Trainee::teacherId)
                .filter(Objects::nonNull)
                .toList();
        Map<String, String> names = new HashMap<>();
        for (RosteredTeacher t : schoolFacts.roster(county, programme, school).teachers()) {
            names.put(t.teacherKey(), t.name());
        }
        return new SchoolInputs(
                county,
                programme,
                school,
                facts.programme(county, programme).orElse(null),
                facts.modules(county, programme),
                trainees,
                facts.work(county, programme, school, accounts),
                scoring.schoolParts(county, programme, school),
                names,
                scoring.sheet(county, programme, school),
                facts.setup(county, programme, school),
                finalized ? finals.results(county, programme, school) : List.of());
    }
}
