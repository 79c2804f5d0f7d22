package cn.wangben.scoring.results;

import cn.wangben.contracts.ids.SchoolId;
import java.time.Instant;
import java.util.Map;

/**
 * One stored (teacher, module) fact as the counters see it.
 *
 * @param attemptHours the start of the hour each accepted attempt was made in, by attempt number
 */
public record WorkFact(SchoolId school, ModuleWork work, Map<Integer, Instant> attemptHours) {
    public WorkFact {
        attemptHours = Map.copyOf(attemptHours);
    }
}
