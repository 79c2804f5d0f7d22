package cn.wangben.contracts.assignment;

import cn.wangben.contracts.DomainEvent;
import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.EventId;
import cn.wangben.contracts.ids.ModuleId;
import cn.wangben.contracts.ids.ProgrammeId;
import cn.wangben.contracts.ids.SchoolId;
import cn.wangben.contracts.ids.SubmissionId;
import cn.wangben.contracts.ids.TeacherId;
import java.time.Instant;
import java.util.Objects;

/**
 * A teacher's essay was accepted before the cutoff. {@code attempt} counts this teacher's accepted submissions in the
 * module (1 = first); the latest attempt is the one graded.
 */
public record EssaySubmitted(
        EventId eventId,
        CountyId countyId,
        Instant occurredAt,
        SubmissionId submissionId,
        ModuleId moduleId,
        ProgrammeId programmeId,
        TeacherId teacherId,
        SchoolId schoolId,
        Instant submittedAt,
        String contentSha256,
        int characters,
        int attempt)
        implements DomainEvent {

    public EssaySubmitted {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(countyId, "countyId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(submissionId, "submissionId");
        Objects.requireNonNull(moduleId, "moduleId");
        Objects.requireNonNull(teacherId, "teacherId");
        Objects.requireNonNull(schoolId, "schoolId");
        Objects.requireNonNull(submittedAt, "submittedAt");
    }

    /** Keyed by teacher so one teacher's submissions stay in order. */
    @Override
    public String partitionKey() {
        return teacherId.value();
    }
}
