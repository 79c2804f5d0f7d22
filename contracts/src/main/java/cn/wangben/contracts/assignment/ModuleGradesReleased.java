package cn.wangben.contracts.assignment;

import cn.wangben.contracts.DomainEvent;
import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.EventId;
import cn.wangben.contracts.ids.ModuleId;
import cn.wangben.contracts.ids.ProgrammeId;
import java.time.Instant;
import java.util.Objects;

/** The county released a module's grades: teachers now see them and they count in results. */
public record ModuleGradesReleased(
        EventId eventId, CountyId countyId, Instant occurredAt, ModuleId moduleId, ProgrammeId programmeId, String by)
        implements DomainEvent {

    public ModuleGradesReleased {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(countyId, "countyId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(moduleId, "moduleId");
        Objects.requireNonNull(programmeId, "programmeId");
    }

    /** Keyed by module. */
    @Override
    public String partitionKey() {
        return moduleId.value();
    }
}
