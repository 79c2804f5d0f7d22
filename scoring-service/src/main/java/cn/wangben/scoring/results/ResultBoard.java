package cn.wangben.scoring.results;

import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.ProgrammeId;
import cn.wangben.contracts.ids.SchoolId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The projection: one stored board per school and programme, replaced whole on every recomputation. Also reads what
 * school scoring published for a school ({@code school_parts}, {@code sheet_summaries}).
 */
public interface ResultBoard {
    void save(SchoolBoard board);

    Optional<SchoolBoard> board(CountyId county, ProgrammeId programme, SchoolId school);

    /** The figures of every school of the county (of one programme when given), without the trainees' rows. */
    List<SchoolStats> stats(CountyId county, ProgrammeId programme);

    Map<String, SchoolScore> schoolParts(CountyId county, ProgrammeId programme, SchoolId school);

    SheetState sheet(CountyId county, ProgrammeId programme, SchoolId school);
}
