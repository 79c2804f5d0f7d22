package cn.wangben.rubric;

import java.math.BigDecimal;

/**
 * Minus a fixed amount per occurrence from a maximum, e.g. 政治学习笔记每少一次扣1分 (max 10, −1).
 * The score never goes below 0; an optional cap limits the total deduction (so the item keeps
 * {@code max − deductionCap} however many occurrences there are).
 *
 * @param max the item's maximum, above 0
 * @param perOccurrence deducted per occurrence, above 0
 * @param deductionCap optional limit of the total deduction, above 0 and at most {@code max};
 *     {@code null} means only the floor at 0 applies
 */
public record DeductionRule(BigDecimal max, BigDecimal perOccurrence, BigDecimal deductionCap) implements ItemRule {

    public static DeductionRule of(int max, int perOccurrence) {
        return new DeductionRule(BigDecimal.valueOf(max), BigDecimal.valueOf(perOccurrence), null);
    }

    @Override
    public BigDecimal maxPoints() {
        return Points.orZero(max);
    }
}
