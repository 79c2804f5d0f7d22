package cn.wangben.assignment.module;

import cn.wangben.contracts.DomainEvent;
import cn.wangben.contracts.assignment.ModuleScheduled;
import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.EventId;
import cn.wangben.contracts.ids.ModuleId;
import cn.wangben.contracts.ids.ProgrammeId;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * An online module (网络研修板块): a window in which teachers study and a hard essay cutoff. The cutoff is the first
 * instant at which an essay is no longer accepted.
 */
public record OnlineModule(
        ModuleId id,
        CountyId county,
        ProgrammeId programme,
        String title,
        String prompt,
        int maxPoints,
        Instant opensAt,
        Instant dueAt,
        ZoneId zone) {

    public List<DomainEvent> scheduledEvents(Instant now) {
        return List.of(
                new ModuleScheduled(EventId.random(), county, now, id, programme, title, opensAt, dueAt, maxPoints));
    }
}
