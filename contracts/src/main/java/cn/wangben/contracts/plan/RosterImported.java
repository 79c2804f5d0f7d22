package cn.wangben.contracts.plan;

import cn.wangben.contracts.DomainEvent;
import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.EventId;
import cn.wangben.contracts.ids.ProgrammeId;
import cn.wangben.contracts.ids.SchoolId;
import java.time.Instant;
import java.util.Objects;

/**
 * A school's roster import completed: {@code teachers} trainees in {@code batches} {@link TeachersRostered} events
 * (published before this one), {@code rejectedRows} rows left out because the admin accepted only the valid rows.
 */
public record RosterImported(
        EventId eventId,
        CountyId countyId,
        Instant occurredAt,
        String rosterId,
        ProgrammeId programmeId,
        SchoolId schoolId,
        int teachers,
        int batches,
        int rejectedRows,
        String by)
        implements DomainEvent {

    public RosterImported {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(countyId, "countyId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(rosterId, "rosterId");
        Objects.requireNonNull(programmeId, "programmeId");
        Objects.requireNonNull(schoolId, "schoolId");
    }

    @Override
    public String partitionKey() {
        return schoolId.value();
    }
}
