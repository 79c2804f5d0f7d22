package cn.wangben.contracts.ids;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;

/** A county (县/区), the tenant. */
public record CountyId(@JsonValue String value) {
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public CountyId {
        Ids.require("CountyId", value);
    }

    public static CountyId of(String value) {
        return new CountyId(value);
    }

    public static CountyId random() {
        return new CountyId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
