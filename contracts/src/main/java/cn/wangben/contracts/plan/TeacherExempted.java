package cn.wangben.contracts.plan;

import cn.wangben.contracts.DomainEvent;
import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.EventId;
import cn.wangben.contracts.ids.ProgrammeId;
import cn.wangben.contracts.ids.SchoolId;
import java.time.Instant;
import java.util.Objects;

/**
 * The county exempted a rostered teacher from this programme (e.g. 国培送教, 已满周期学时): an exempt teacher is not
 * counted as failing. {@code by} is the county admin.
 */
public record TeacherExempted(
        EventId eventId,
        CountyId countyId,
        Instant occurredAt,
        ProgrammeId programmeId,
        SchoolId schoolId,
        String teacherKey,
        String category,
        String evidence,
        String by)
        implements DomainEvent {

    public TeacherExempted {
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
