package cn.wangben.plan.programme;

import cn.wangben.contracts.DomainEvent;
import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.ProgrammeId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where programmes are kept. Saving a change stores its events with it, atomically. */
public interface Programmes {
    void add(Programme programme);

    void update(Programme programme, List<DomainEvent> events);

    Optional<Programme> find(CountyId county, ProgrammeId id);

    List<Programme> ofCounty(CountyId county);

    /** Published programmes, of every county, whose plan-and-roster deadline is at or before {@code now}. */
    List<Programme> planDeadlinePassed(Instant now);
}
