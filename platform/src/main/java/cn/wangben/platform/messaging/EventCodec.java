package cn.wangben.platform.messaging;

import cn.wangben.contracts.DomainEvent;
import cn.wangben.contracts.EventType;
import java.time.Instant;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * The wire form of events: plain JSON, ISO-8601 instants, typed ids as strings. Kept apart from the web mapper so a
 * web setting can never change an event schema.
 */
public class EventCodec {
    private final JsonMapper json = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES) // newer producers may add fields
            .addModule(new SimpleModule("event-instants").addDeserializer(Instant.class, new IsoInstantDeserializer()))
            .build();

    public String encode(DomainEvent event) {
        return json.writeValueAsString(event);
    }

    public <E extends DomainEvent> E decode(EventType<E> type, String payload) {
        try {
            return json.readValue(payload, type.javaType());
        } catch (JacksonException | IllegalArgumentException | NullPointerException e) {
            throw failed(type, e);
        }
    }

    /** The same from the record's UTF-8 bytes, parsed without making a string of them first. */
    public <E extends DomainEvent> E decode(EventType<E> type, byte[] payload) {
        try {
            return json.readValue(payload, type.javaType());
        } catch (JacksonException | IllegalArgumentException | NullPointerException e) {
            throw failed(type, e);
        }
    }

    private static EventDecodingException failed(EventType<?> type, RuntimeException cause) {
        return new EventDecodingException("Cannot decode " + type.name() + " v" + type.version(), cause);
    }
}
