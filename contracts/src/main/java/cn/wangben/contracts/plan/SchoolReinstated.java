package cn.wangben.contracts.plan;

import cn.wangben.contracts.DomainEvent;
import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.EventId;
import cn.wangben.contracts.ids.ProgrammeId;
import cn.wangben.contracts.ids.SchoolId;
import java.time.Instant;
import java.util.Objects;

/** The county reinstated a cancelled school, with a reason. */
public record SchoolReinstated(
        EventId eventId,
        CountyId countyId,
        Instant occurredAt,
        ProgrammeId programmeId,
        SchoolId schoolId,
        String reason,
        String by)
        implements DomainEvent {

    public SchoolReinstated {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(countyId, "countyId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(programmeId, "programmeId");
        Objects.requireNonNull(schoolId, "schoolId");
    }

    /** Keyed by school, on the school-plans topic, so it stays in order with the school's plan events. */
    @Override
    public String partitionKey() {
        return schoolId.value();
    }
}
