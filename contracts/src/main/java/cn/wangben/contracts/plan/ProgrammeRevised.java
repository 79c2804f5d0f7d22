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
 * The county revised a published programme: the full settings after the change, the revision number (1 = first
 * revision), the reason and who decided it. Results computed with earlier settings must be recomputed.
 */
public record ProgrammeRevised(
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
        List<String> exemptionCategories,
        int revision,
        String reason,
        String by)
        implements DomainEvent {

    public ProgrammeRevised {
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
