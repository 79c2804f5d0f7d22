package cn.wangben.contracts.ids;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;

/** A training programme (研修项目) of one county. */
public record ProgrammeId(@JsonValue String value) {
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public ProgrammeId {
        Ids.require("ProgrammeId", value);
    }

    public static ProgrammeId of(String value) {
        return new ProgrammeId(value);
    }

    public static ProgrammeId random() {
        return new ProgrammeId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
