package cn.wangben.contracts.ids;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;

/** An online module (网络研修板块) of a programme. */
public record ModuleId(@JsonValue String value) {
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public ModuleId {
        Ids.require("ModuleId", value);
    }

    public static ModuleId of(String value) {
        return new ModuleId(value);
    }

    public static ModuleId random() {
        return new ModuleId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
