package cn.wangben.contracts;

import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.EventId;
import java.time.Instant;

/** A fact that happened in one county. Events are immutable past-tense records. */
public interface DomainEvent {
    EventId eventId();

    CountyId countyId();

    Instant occurredAt();

    /** The Kafka record key: events with the same key keep their order. */
    String partitionKey();
}
