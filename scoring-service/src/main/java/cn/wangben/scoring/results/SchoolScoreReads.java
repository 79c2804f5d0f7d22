package cn.wangben.scoring.results;

import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.ProgrammeId;
import cn.wangben.contracts.ids.SchoolId;
import java.util.Map;

/** What school scoring published for a school ({@code school_parts}, {@code sheet_summaries}), read by results. */
public interface SchoolScoreReads {
    Map<String, SchoolScore> schoolParts(CountyId county, ProgrammeId programme, SchoolId school);

    /** {@code null} without a sheet summary. */
    SheetState sheet(CountyId county, ProgrammeId programme, SchoolId school);
}
