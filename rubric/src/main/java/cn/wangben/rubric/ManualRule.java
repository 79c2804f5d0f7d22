package cn.wangben.rubric;

import java.math.BigDecimal;

/**
 * A score the school enters directly, from 0 to {@code max}, with one decimal at most; for items
 * whose rule the school states only in words (综合评定).
 *
 * @param max the item's maximum, above 0
 */
public record ManualRule(BigDecimal max) implements ItemRule {

    public static ManualRule of(int max) {
        return new ManualRule(BigDecimal.valueOf(max));
    }

    @Override
    public BigDecimal maxPoints() {
        return Points.orZero(max);
    }
}
