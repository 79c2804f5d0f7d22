package cn.wangben.contracts.plan;

import cn.wangben.contracts.DomainEvent;
import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.EventId;
import cn.wangben.contracts.ids.ProgrammeId;
import cn.wangben.contracts.ids.SchoolId;
import java.time.Instant;
import java.util.Objects;

/** The county returned a school's plan with comments; the school revises and resubmits. {@code by} is the acting user's username. */
public record SchoolPlanReturned(
        EventId eventId,
        CountyId countyId,
        Instant occurredAt,
        String planId,
        ProgrammeId programmeId,
        SchoolId schoolId,
        String comment,
        String by)
        implements DomainEvent {

    public SchoolPlanReturned {
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
