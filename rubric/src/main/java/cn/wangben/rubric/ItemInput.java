package cn.wangben.rubric;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What the school enters for one item of one trainee. Each rule kind expects one input kind:
 * {@link TierRule} → {@link TierChoice}, {@link LevelRule} → {@link LevelChoice},
 * {@link DeductionRule} → {@link Occurrences}, {@link SeverityDeductionRule} and
 * {@link AdditionRule} → {@link Counts}, {@link AttendanceRule} → {@link Attendance},
 * {@link ManualRule} → {@link Manual}. Values are checked when scored, not here, so that all
 * problems of a sheet are reported together; error fields are the component names below.
 */
public sealed interface ItemInput {

    static TierChoice tier(String label) {
        return new TierChoice(label);
    }

    static LevelChoice level(String level) {
        return new LevelChoice(level);
    }

    static Occurrences occurrences(int count) {
        return new Occurrences(count);
    }

    static Counts counts(Map<String, Integer> counts) {
        return new Counts(counts);
    }

    /** Shorthand for a single named count, e.g. {@code counts("先进班级", 3)}. */
    static Counts counts(String name, int count) {
        return new Counts(Map.of(name, count));
    }

    static Attendance attendance(int attended, int required) {
        return new Attendance(attended, required);
    }

    static Manual manual(String points) {
        return new Manual(new BigDecimal(points));
    }

    /** The chosen tier, by label. */
    record TierChoice(String label) implements ItemInput {}

    /** The chosen level, by name. */
    record LevelChoice(String level) implements ItemInput {}

    /** How many times the deducted thing happened, e.g. missing notes. */
    record Occurrences(int count) implements ItemInput {}

    /**
     * Counts per named severity or addition kind; names not listed count 0.
     *
     * @param counts name → count; insertion order is kept for error messages
     */
    record Counts(Map<String, Integer> counts) implements ItemInput {
        public Counts {
            Objects.requireNonNull(counts, "counts");
            counts.keySet().forEach(k -> Objects.requireNonNull(k, "count name"));
            counts = Collections.unmodifiableMap(new LinkedHashMap<>(counts));
        }
    }

    /** Sessions attended out of sessions required. */
    record Attendance(int attended, int required) implements ItemInput {}

    /** A directly entered score. */
    record Manual(BigDecimal points) implements ItemInput {}
}
