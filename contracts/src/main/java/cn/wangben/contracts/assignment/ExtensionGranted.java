package cn.wangben.contracts.assignment;

import cn.wangben.contracts.DomainEvent;
import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.EventId;
import cn.wangben.contracts.ids.ModuleId;
import cn.wangben.contracts.ids.ProgrammeId;
import cn.wangben.contracts.ids.SchoolId;
import cn.wangben.contracts.ids.TeacherId;
import java.time.Instant;
import java.util.Objects;

/** The county gave one trainee a later cutoff for a module, as an absolute instant, with a reason. {@code by} is the acting user's username. */
public record ExtensionGranted(
        EventId eventId,
        CountyId countyId,
        Instant occurredAt,
        ModuleId moduleId,
        ProgrammeId programmeId,
        TeacherId teacherId,
        SchoolId schoolId,
        Instant until,
        String reason,
        String by)
        implements DomainEvent {

    public ExtensionGranted {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(countyId, "countyId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(moduleId, "moduleId");
        Objects.requireNonNull(programmeId, "programmeId");
        Objects.requireNonNull(until, "until");
    }

    /** Keyed by teacher so one teacher's module results stay in order. */
    @Override
    public String partitionKey() {
        return teacherId.value();
    }
}
