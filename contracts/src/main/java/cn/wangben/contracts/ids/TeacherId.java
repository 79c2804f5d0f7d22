package cn.wangben.contracts.ids;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;

/** A person's identity-provider subject (the token's sub). */
public record TeacherId(@JsonValue String value) {
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public TeacherId {
        Ids.require("TeacherId", value);
    }

    public static TeacherId of(String value) {
        return new TeacherId(value);
    }

    public static TeacherId random() {
        return new TeacherId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
