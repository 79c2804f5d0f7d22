package cn.wangben.platform.messaging;

/** Kafka record headers every event carries, so consumers can route and deduplicate without parsing the body. */
public final class EventHeaders {
    public static final String EVENT_ID = "eventId";
    public static final String EVENT_TYPE = "eventType";
    public static final String EVENT_VERSION = "eventVersion";
    public static final String COUNTY_ID = "countyId";

    private EventHeaders() {}
}
