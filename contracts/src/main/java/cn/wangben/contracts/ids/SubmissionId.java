package cn.wangben.contracts.ids;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;

/** One accepted essay submission. */
public record SubmissionId(@JsonValue String value) {
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public SubmissionId {
        Ids.require("SubmissionId", value);
    }

    public static SubmissionId of(String value) {
        return new SubmissionId(value);
    }

    public static SubmissionId random() {
        return new SubmissionId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
