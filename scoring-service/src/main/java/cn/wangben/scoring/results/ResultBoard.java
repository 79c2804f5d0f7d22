package cn.wangben.scoring.results;

import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.ProgrammeId;
import cn.wangben.contracts.ids.SchoolId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The results and figures of the schools of a programme: the figures come from the counter projection (O(1) per
 * event, read without touching per-teacher data), a school's trainee rows are computed from its facts when asked for
 * (or are the frozen results once finalized). Also reads what school scoring published for a school.
 */
public interface ResultBoard {
    /** A school's figures and rows; empty if no fact names the school in the programme. */
    Optional<SchoolBoard> board(CountyId county, ProgrammeId programme, SchoolId school);

    /** The figures of every school of the county (of one programme when given), without the trainees' rows. */
    List<SchoolStats> stats(CountyId county, ProgrammeId programme);

    /** One school's figures, from the counters only. */
    Optional<SchoolStats> schoolStats(CountyId county, ProgrammeId programme, SchoolId school);

    Map<String, SchoolScore> schoolParts(CountyId county, ProgrammeId programme, SchoolId school);

    SheetState sheet(CountyId county, ProgrammeId programme, SchoolId school);
}
