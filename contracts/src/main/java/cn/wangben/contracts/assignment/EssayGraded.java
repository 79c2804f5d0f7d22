package cn.wangben.contracts.assignment;

import cn.wangben.contracts.DomainEvent;
import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.EventId;
import cn.wangben.contracts.ids.ModuleId;
import cn.wangben.contracts.ids.ProgrammeId;
import cn.wangben.contracts.ids.SchoolId;
import cn.wangben.contracts.ids.SubmissionId;
import cn.wangben.contracts.ids.TeacherId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/** A county grader graded (or re-graded: {@code revision} > 1) a trainee's latest essay of a module: a band and a score inside the band's bounds, exact to one decimal. Not yet visible to the teacher until the module's grades are released. */
public record EssayGraded(
        EventId eventId,
        CountyId countyId,
        Instant occurredAt,
        SubmissionId submissionId,
        ModuleId moduleId,
        ProgrammeId programmeId,
        TeacherId teacherId,
        SchoolId schoolId,
        String band,
        BigDecimal score,
        int revision,
        String by)
        implements DomainEvent {

    public EssayGraded {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(countyId, "countyId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(submissionId, "submissionId");
        Objects.requireNonNull(moduleId, "moduleId");
        Objects.requireNonNull(programmeId, "programmeId");
    }

    /** Keyed by teacher so one teacher's module results stay in order. */
    @Override
    public String partitionKey() {
        return teacherId.value();
    }
}
