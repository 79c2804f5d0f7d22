package cn.wangben.scoring.results;

import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.ProgrammeId;
import cn.wangben.contracts.ids.SchoolId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@link ResultBoard} over the counters (figures) and the facts (rows, computed per school when read). */
public class ProjectedResultBoard implements ResultBoard {
    private final ProjectionCounters counters;
    private final ResultFacts facts;
    private final ResultProjector projector;
    private final SchoolScoreReads scoring;

    public ProjectedResultBoard(
            ProjectionCounters counters, ResultFacts facts, ResultProjector projector, SchoolScoreReads scoring) {
        this.counters = counters;
        this.facts = facts;
        this.projector = projector;
        this.scoring = scoring;
    }

    @Override
    public Optional<SchoolBoard> board(CountyId county, ProgrammeId programme, SchoolId school) {
        return schoolStats(county, programme, school).map(s -> projector.board(county, programme, school));
    }

    @Override
    public List<SchoolStats> stats(CountyId county, ProgrammeId programme) {
        Map<ProgrammeId, List<OnlineModule>> modules = new HashMap<>();
        return counters.schools(county, programme).stream()
                .map(c -> ResultCalculator.stats(
                        c, modules.computeIfAbsent(c.programme(), p -> facts.modules(county, p))))
                .toList();
    }

    @Override
    public Optional<SchoolStats> schoolStats(CountyId county, ProgrammeId programme, SchoolId school) {
        return counters.school(county, programme, school)
                .map(c -> ResultCalculator.stats(c, facts.modules(county, programme)));
    }

    @Override
    public Map<String, SchoolScore> schoolParts(CountyId county, ProgrammeId programme, SchoolId school) {
        return scoring.schoolParts(county, programme, school);
    }

    @Override
    public SheetState sheet(CountyId county, ProgrammeId programme, SchoolId school) {
        return scoring.sheet(county, programme, school);
    }
}
