package cn.wangben.scoring.dashboard;

import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.ModuleId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The county view officials watch, assembled from projections that events keep current. */
public record CountyDashboard(CountyId county, List<ModuleSummary> modules, List<SchoolProgress> schools) {

    public Map<ModuleId, Integer> submittedByModule() {
        Map<ModuleId, Integer> totals = new HashMap<>();
        for (SchoolProgress school : schools) {
            school.submittedByModule().forEach((module, n) -> totals.merge(module, n, Integer::sum));
        }
        return totals;
    }
}
