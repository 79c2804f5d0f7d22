package cn.wangben.rubric;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/** Small helpers for amounts of points and the lenient record copies. */
final class Points {

    private Points() {}

    static boolean hasAtMostOneDecimal(BigDecimal value) {
        return value.stripTrailingZeros().scale() <= 1;
    }

    /** Plain text for messages: 5 not 5.0 or 5E+0. */
    static String show(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }

    /** The largest non-null value the function finds, or 0. */
    static <T> BigDecimal maxOf(List<T> list, Function<T, BigDecimal> points) {
        if (list == null) {
            return BigDecimal.ZERO;
        }
        return list.stream()
                .filter(Objects::nonNull)
                .map(points)
                .filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::max);
    }

    /** An unmodifiable copy that keeps null elements, so validation can point at them. */
    static <T> List<T> copy(List<T> list) {
        return list == null ? null : Collections.unmodifiableList(new ArrayList<>(list));
    }

    static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
