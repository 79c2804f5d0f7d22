package cn.wangben.scoring.results;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Scores are exact decimals with one place, as graders and schools enter them; never doubles. */
public final class Points {
    public static final int SCALE = 1;
    public static final BigDecimal ZERO = BigDecimal.ZERO.setScale(SCALE);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Points() {}

    public static BigDecimal of(BigDecimal value) {
        return value == null ? null : value.setScale(SCALE, RoundingMode.HALF_UP);
    }

    /** {@code sum ÷ count}, one place, HALF_UP; {@code null} when there is nothing to average. */
    public static BigDecimal average(BigDecimal sum, int count) {
        return count == 0 ? null : sum.divide(BigDecimal.valueOf(count), SCALE, RoundingMode.HALF_UP);
    }

    /** {@code part ÷ whole} as a percentage with one place; {@code null} when the whole is 0. */
    public static BigDecimal percent(int part, int whole) {
        return whole == 0
                ? null
                : BigDecimal.valueOf(part)
                        .multiply(HUNDRED)
                        .divide(BigDecimal.valueOf(whole), SCALE, RoundingMode.HALF_UP);
    }
}
