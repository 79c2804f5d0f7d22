package cn.wangben.contracts.ids;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;

/** The unique id of one published event; consumers deduplicate on it. */
public record EventId(@JsonValue String value) {
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public EventId {
        Ids.require("EventId", value);
    }

    public static EventId of(String value) {
        return new EventId(value);
    }

    public static EventId random() {
        return new EventId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
