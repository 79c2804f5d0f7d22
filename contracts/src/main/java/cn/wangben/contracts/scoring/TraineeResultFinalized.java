package cn.wangben.contracts.scoring;

import cn.wangben.contracts.DomainEvent;
import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.EventId;
import cn.wangben.contracts.ids.ProgrammeId;
import cn.wangben.contracts.ids.SchoolId;
import cn.wangben.contracts.ids.TeacherId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/** The county finalized the programme; this is one trainee's final result. {@code creditedHours} is the programme's 学时 when passed, else 0; an exempt trainee has {@code exempt} true and no scores. */
public record TraineeResultFinalized(
        EventId eventId,
        CountyId countyId,
        Instant occurredAt,
        ProgrammeId programmeId,
        SchoolId schoolId,
        String teacherKey,
        TeacherId teacherId,
        String name,
        BigDecimal onlinePoints,
        BigDecimal schoolPoints,
        BigDecimal totalPoints,
        boolean passed,
        boolean exempt,
        int creditedHours,
        String certificateCode)
        implements DomainEvent {

    public TraineeResultFinalized {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(countyId, "countyId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(programmeId, "programmeId");
        Objects.requireNonNull(teacherKey, "teacherKey");
    }

    /** Keyed by the teacher's roster key so a teacher's results across programmes stay in order. */
    @Override
    public String partitionKey() {
        return teacherKey;
    }
}
