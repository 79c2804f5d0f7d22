package cn.wangben.rubric;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One trainee's inputs, by rubric item id. Every item of the rubric needs an input and every id
 * must exist in the rubric; {@link RubricScorer} reports both.
 *
 * @param inputs item id → input
 */
public record Scoresheet(Map<String, ItemInput> inputs) {

    public Scoresheet {
        Objects.requireNonNull(inputs, "inputs");
        inputs.forEach((id, input) -> {
            Objects.requireNonNull(id, "item id");
            Objects.requireNonNull(input, "input");
        });
        inputs = Collections.unmodifiableMap(new LinkedHashMap<>(inputs));
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds a sheet in the order items are entered. */
    public static final class Builder {
        private final Map<String, ItemInput> inputs = new LinkedHashMap<>();

        private Builder() {}

        public Builder put(String itemId, ItemInput input) {
            inputs.put(itemId, input);
            return this;
        }

        public Scoresheet build() {
            return new Scoresheet(inputs);
        }
    }
}
