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
import java.util.concurrent.ConcurrentHashMap;

/**
 * Recomputes a school's board from the stored facts after every fact that touches it. Recomputing (never applying
 * deltas) is what makes replays, duplicates and any arrival order end in the same board. Refreshes of one school are
 * serialized in this process, so a slow refresh cannot overwrite a newer one.
 */
public class ResultProjector {
    private final ResultFacts facts;
    private final ResultBoard board;
    private final SchoolFacts schoolFacts;
    private final FinalResults finals;
    private final ConcurrentHashMap<String, Object> locks = new ConcurrentHashMap<>();

    public ResultProjector(ResultFacts facts, ResultBoard board, SchoolFacts schoolFacts, FinalResults finals) {
        this.facts = facts;
        this.board = board;
        this.schoolFacts = schoolFacts;
        this.finals = finals;
    }

    public void refresh(CountyId county, ProgrammeId programme, SchoolId school) {
        if (school == null) {
            return;
        }
        String key = county.value() + ":" + programme.value() + ":" + school.value();
        synchronized (locks.computeIfAbsent(key, k -> new Object())) {
            boolean finalized = finals.finalization(county, programme)
                    .filter(Finalization::completed)
                    .isPresent();
            board.save(ResultCalculator.board(inputs(county, programme, school, finalized)));
        }
    }

    /** Every school of the programme, e.g. after a module's release or a programme revision. */
    public void refreshProgramme(CountyId county, ProgrammeId programme) {
        schools(county, programme).forEach(school -> refresh(county, programme, school));
    }

    /** The boards as the live facts give them now, ignoring any frozen results: what finalization freezes. */
    public List<SchoolBoard> liveBoards(CountyId county, ProgrammeId programme) {
        return schools(county, programme).stream()
                .map(school -> ResultCalculator.board(inputs(county, programme, school, false)))
                .toList();
    }

    public List<SchoolId> schools(CountyId county, ProgrammeId programme) {
        TreeSet<String> schools = new TreeSet<>();
        facts.schools(county, programme).forEach(s -> schools.add(s.value()));
        schoolFacts.schools(county, programme).forEach(s -> schools.add(s.value()));
        board.stats(county, programme).forEach(s -> schools.add(s.school().value()));
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
                board.schoolParts(county, programme, school),
                names,
                board.sheet(county, programme, school),
                facts.setup(county, programme, school),
                finalized ? finals.results(county, programme, school) : List.of());
    }
}
