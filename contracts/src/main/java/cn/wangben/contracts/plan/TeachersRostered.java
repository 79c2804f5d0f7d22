package cn.wangben.contracts.plan;

import cn.wangben.contracts.DomainEvent;
import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.EventId;
import cn.wangben.contracts.ids.ProgrammeId;
import cn.wangben.contracts.ids.SchoolId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A batch of a school's imported roster (at most {@link #MAX_BATCH} teachers, so one record stays well under Kafka's
 * message limit). Batch {@code batch} of {@code batches} of import {@code rosterId}; a later import of the same school
 * and programme supersedes earlier ones.
 */
public record TeachersRostered(
        EventId eventId,
        CountyId countyId,
        Instant occurredAt,
        String rosterId,
        ProgrammeId programmeId,
        SchoolId schoolId,
        int batch,
        int batches,
        List<RosteredTeacher> teachers)
        implements DomainEvent {

    public static final int MAX_BATCH = 500;

    public TeachersRostered {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(countyId, "countyId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(rosterId, "rosterId");
        Objects.requireNonNull(programmeId, "programmeId");
        Objects.requireNonNull(schoolId, "schoolId");
        teachers = List.copyOf(teachers);
        if (teachers.size() > MAX_BATCH) {
            throw new IllegalArgumentException("at most " + MAX_BATCH + " teachers per batch");
        }
    }

    @Override
    public String partitionKey() {
        return schoolId.value();
    }
}
