package cn.wangben.contracts.identity;

import cn.wangben.contracts.DomainEvent;
import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.EventId;
import java.time.Instant;
import java.util.Objects;

/** The platform admin registered a county (a tenant: its Keycloak organization and first county admin exist). */
public record CountyRegistered(EventId eventId, CountyId countyId, Instant occurredAt, String name, String by)
        implements DomainEvent {

    public CountyRegistered {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(countyId, "countyId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(name, "name");
    }

    /** Keyed by county so a county's tenancy events stay in order. */
    @Override
    public String partitionKey() {
        return countyId.value();
    }
}
