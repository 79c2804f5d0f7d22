package cn.wangben.assignment.missing;

import cn.wangben.contracts.ids.ModuleId;
import java.time.Instant;
import java.util.Set;

/** Modules whose every trainee has been settled (submitted or marked missing), so later sweeps skip them. */
public interface SweptModules {
    Set<ModuleId> closed();

    void close(ModuleId module, Instant at);
}
