package cn.wangben.contracts.plan;

import cn.wangben.contracts.DomainEvent;
import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.EventId;
import cn.wangben.contracts.ids.ProgrammeId;
import cn.wangben.contracts.ids.SchoolId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** At the plan-and-roster deadline the school had not submitted both; its school-based part of the programme is cancelled (逾期不提交按取消校本研修处理). {@code missing} lists PLAN and/or ROSTER. */
public record SchoolCancelled(
        EventId eventId,
        CountyId countyId,
        Instant occurredAt,
        ProgrammeId programmeId,
        SchoolId schoolId,
        List<String> missing,
        String by)
        implements DomainEvent {

    public SchoolCancelled {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(countyId, "countyId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(programmeId, "programmeId");
        Objects.requireNonNull(schoolId, "schoolId");
        missing = List.copyOf(missing);
    }

    /** Keyed by school, on the school-plans topic, so it stays in order with the school's plan events. */
    @Override
    public String partitionKey() {
        return schoolId.value();
    }
}
