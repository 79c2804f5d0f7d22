package cn.wangben.contracts.assignment;

import cn.wangben.contracts.DomainEvent;
import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.EventId;
import cn.wangben.contracts.ids.ModuleId;
import cn.wangben.contracts.ids.ProgrammeId;
import java.time.Instant;
import java.util.Objects;

/** A county scheduled an online module: its window and the essay cutoff, an instant. */
public record ModuleScheduled(
        EventId eventId,
        CountyId countyId,
        Instant occurredAt,
        ModuleId moduleId,
        ProgrammeId programmeId,
        String title,
        Instant opensAt,
        Instant dueAt,
        int maxPoints)
        implements DomainEvent {

    public ModuleScheduled {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(countyId, "countyId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(moduleId, "moduleId");
        Objects.requireNonNull(programmeId, "programmeId");
        Objects.requireNonNull(dueAt, "dueAt");
    }

    @Override
    public String partitionKey() {
        return moduleId.value();
    }
}
