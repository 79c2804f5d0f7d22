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

/** A trainee had not submitted an essay for the module by their cutoff (the module cutoff or their extension): the module scores 0 for them. Issued at most once per trainee and module, however often or wherever the cutoff job runs. */
public record EssayMissed(
        EventId eventId,
        CountyId countyId,
        Instant occurredAt,
        ModuleId moduleId,
        ProgrammeId programmeId,
        TeacherId teacherId,
        SchoolId schoolId,
        Instant cutoff)
        implements DomainEvent {

    public EssayMissed {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(countyId, "countyId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(moduleId, "moduleId");
        Objects.requireNonNull(programmeId, "programmeId");
        Objects.requireNonNull(cutoff, "cutoff");
    }

    /** Keyed by teacher so one teacher's module results stay in order. */
    @Override
    public String partitionKey() {
        return teacherId.value();
    }
}
