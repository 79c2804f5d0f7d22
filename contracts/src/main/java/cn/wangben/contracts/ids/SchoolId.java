package cn.wangben.contracts.ids;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;

/** A school or kindergarten of one county. */
public record SchoolId(@JsonValue String value) {
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public SchoolId {
        Ids.require("SchoolId", value);
    }

    public static SchoolId of(String value) {
        return new SchoolId(value);
    }

    public static SchoolId random() {
        return new SchoolId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
