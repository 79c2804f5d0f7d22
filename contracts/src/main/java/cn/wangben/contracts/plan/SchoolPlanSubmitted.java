package cn.wangben.contracts.plan;

import cn.wangben.contracts.DomainEvent;
import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.EventId;
import cn.wangben.contracts.ids.ProgrammeId;
import cn.wangben.contracts.ids.SchoolId;
import java.time.Instant;
import java.util.Objects;

/** A school submitted its plan (校本研修计划) for the county's review. {@code by} is the acting user's username. */
public record SchoolPlanSubmitted(
        EventId eventId,
        CountyId countyId,
        Instant occurredAt,
        String planId,
        ProgrammeId programmeId,
        SchoolId schoolId,

        String by)
        implements DomainEvent {

    public SchoolPlanSubmitted {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(countyId, "countyId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(planId, "planId");
        Objects.requireNonNull(programmeId, "programmeId");
        Objects.requireNonNull(schoolId, "schoolId");
    }

    /** Keyed by school so one school's review steps stay in order. */
    @Override
    public String partitionKey() {
        return schoolId.value();
    }
}
