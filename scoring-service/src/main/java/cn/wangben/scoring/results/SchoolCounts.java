package cn.wangben.scoring.results;

import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.ModuleId;
import cn.wangben.contracts.ids.ProgrammeId;
import cn.wangben.contracts.ids.SchoolId;
import java.util.Map;

/**
 * One school's counter document with the per-school facts shown beside it (setup, sheet).
 *
 * @param modules the module tallies the school's counters hold, zero bands left out
 * @param frozen the tally of the finalized results, {@code null} before finalization
 */
public record SchoolCounts(
        CountyId county,
        ProgrammeId programme,
        SchoolId school,
        SchoolSetup setup,
        SheetState sheet,
        int enrolled,
        int exempt,
        Map<ModuleId, ModuleTally> modules,
        ResultTally results,
        ResultTally frozen) {

    public SchoolCounts {
        modules = Map.copyOf(modules);
    }
}
