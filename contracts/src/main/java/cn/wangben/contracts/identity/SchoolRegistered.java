package cn.wangben.contracts.identity;

import cn.wangben.contracts.DomainEvent;
import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.EventId;
import cn.wangben.contracts.ids.SchoolId;
import java.time.Instant;
import java.util.Objects;

/**
 * A county registered one of its schools or kindergartens. {@code stage} is its Chinese label (幼儿园, 小学, 初中, 高中,
 * 九年一贯制); {@code code} the school's own code (学校代码).
 */
public record SchoolRegistered(
        EventId eventId,
        CountyId countyId,
        Instant occurredAt,
        SchoolId schoolId,
        String code,
        String name,
        String stage,
        String by)
        implements DomainEvent {

    public SchoolRegistered {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(countyId, "countyId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(schoolId, "schoolId");
        Objects.requireNonNull(name, "name");
    }

    /** Keyed by county so a county's tenancy events stay in order. */
    @Override
    public String partitionKey() {
        return countyId.value();
    }
}
