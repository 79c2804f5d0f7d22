package cn.wangben.scoring.results;

import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.ProgrammeId;
import cn.wangben.contracts.ids.SchoolId;
import java.util.List;

/**
 * What the dashboards show of one school in one programme; recomputed from the stored facts after every event that
 * touches the school, so reading it never scans submissions.
 *
 * @param sheet {@code null} while school scoring has no sheet summary for the school
 * @param finalized the results are the county's final ones, not provisional
 */
public record SchoolStats(
        CountyId county,
        ProgrammeId programme,
        SchoolId school,
        SchoolSetup setup,
        SheetState sheet,
        int enrolled,
        int exempt,
        List<ModuleTally> modules,
        ResultTally results,
        boolean finalized) {

    public SchoolStats {
        modules = List.copyOf(modules);
    }
}
