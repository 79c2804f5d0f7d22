package cn.wangben.rubric;

import java.math.BigDecimal;

/**
 * Attendance ratio (出勤): {@code max × attended ÷ required}. The ratio is rarely a one-decimal
 * number (10 × 2/3), so this item alone is rounded HALF_UP to one decimal, and the trainee's raw
 * total is the sum of the shown item scores.
 *
 * @param max the item's maximum, above 0
 */
public record AttendanceRule(BigDecimal max) implements ItemRule {

    public static AttendanceRule of(int max) {
        return new AttendanceRule(BigDecimal.valueOf(max));
    }

    @Override
    public BigDecimal maxPoints() {
        return Points.orZero(max);
    }
}
