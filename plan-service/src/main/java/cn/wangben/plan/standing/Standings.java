package cn.wangben.plan.standing;

import cn.wangben.contracts.DomainEvent;
import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.ProgrammeId;
import cn.wangben.contracts.ids.SchoolId;
import java.util.List;
import java.util.Optional;

public interface Standings {
    /** Stores the cancellation with its event unless the school already has a standing; true if it was new. */
    boolean cancelIfAbsent(SchoolStanding standing, DomainEvent event);

    void update(SchoolStanding standing, List<DomainEvent> events);

    Optional<SchoolStanding> find(CountyId county, ProgrammeId programme, SchoolId school);

    List<SchoolStanding> ofProgramme(CountyId county, ProgrammeId programme);
}
