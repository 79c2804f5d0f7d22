package cn.wangben.assignment.module;

import cn.wangben.contracts.DomainEvent;
import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.ModuleId;
import cn.wangben.contracts.ids.ProgrammeId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

public interface OnlineModules {
    void add(OnlineModule module, List<DomainEvent> events);

    Optional<OnlineModule> find(CountyId county, ModuleId id);

    List<OnlineModule> ofProgramme(CountyId county, ProgrammeId programme);

    /** Every county's modules whose cutoff is at or before {@code instant}, for the cutoff job. */
    List<OnlineModule> dueBy(Instant instant);
}
