package cn.wangben.scoring.dashboard;

import cn.wangben.contracts.ids.ModuleId;
import cn.wangben.contracts.ids.SchoolId;
import java.util.Map;

/** How far one school is: distinct teachers who submitted on time, per module. */
public record SchoolProgress(SchoolId school, Map<ModuleId, Integer> submittedByModule) {
    public SchoolProgress {
        submittedByModule = Map.copyOf(submittedByModule);
    }
}
