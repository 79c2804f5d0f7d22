package cn.wangben.contracts.plan;

import cn.wangben.contracts.DomainEvent;
import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.EventId;
import cn.wangben.contracts.ids.ProgrammeId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A county published a programme: its period, enrollment cutoff, the schools' deadlines, the exemption categories and
 * the point settings results are computed with.
 */
public record ProgrammePublished(
        EventId eventId,
        CountyId countyId,
        Instant occurredAt,
        ProgrammeId programmeId,
        String name,
        LocalDate periodStart,
        LocalDate periodEnd,
        String timeZone,
        Instant enrollmentCutoff,
        int onlinePoints,
        int schoolPoints,
        int passMark,
        int creditedHours,
        Instant schoolPlanDeadline,
        Instant schoolScoringDeadline,
        List<String> exemptionCategories)
        implements DomainEvent {

    public ProgrammePublished {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(countyId, "countyId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(programmeId, "programmeId");
        Objects.requireNonNull(periodStart, "periodStart");
        Objects.requireNonNull(periodEnd, "periodEnd");
        Objects.requireNonNull(enrollmentCutoff, "enrollmentCutoff");
        exemptionCategories = exemptionCategories == null ? List.of() : List.copyOf(exemptionCategories);
    }

    @Override
    public String partitionKey() {
        return programmeId.value();
    }
}
