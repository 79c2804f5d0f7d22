package cn.wangben.contracts.plan;

import cn.wangben.contracts.DomainEvent;
import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.EventId;
import cn.wangben.contracts.ids.ProgrammeId;
import cn.wangben.contracts.ids.SchoolId;
import cn.wangben.contracts.ids.TeacherId;
import java.time.Instant;
import java.util.Objects;

/** A rostered teacher joined the programme's online class before the enrollment cutoff; from now on they are a trainee. {@code teacherId} is their account, {@code teacherKey} their roster key. */
public record TeacherEnrolled(
        EventId eventId,
        CountyId countyId,
        Instant occurredAt,
        ProgrammeId programmeId,
        SchoolId schoolId,
        String teacherKey,
        TeacherId teacherId,
        String by)
        implements DomainEvent {

    public TeacherEnrolled {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(countyId, "countyId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(programmeId, "programmeId");
        Objects.requireNonNull(schoolId, "schoolId");
        Objects.requireNonNull(teacherKey, "teacherKey");
    }

    /** Keyed by the teacher's roster key so one teacher's trainee events stay in order. */
    @Override
    public String partitionKey() {
        return teacherKey;
    }
}
