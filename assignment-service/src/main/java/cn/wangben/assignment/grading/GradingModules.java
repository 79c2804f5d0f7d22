package cn.wangben.assignment.grading;

import cn.wangben.contracts.DomainEvent;
import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.ModuleId;
import java.util.List;
import java.util.Optional;

public interface GradingModules {
    /** Idempotent; a module scheduled again keeps its release. */
    void remember(GradingModule module);

    Optional<GradingModule> find(CountyId county, ModuleId id);

    /** Stores the release with its event in one write, if the module is unchanged since it was read. */
    void release(GradingModule module, List<DomainEvent> events);
}
