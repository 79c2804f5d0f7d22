package cn.wangben.rubric;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/**
 * Deduction by severity from a maximum, e.g. 违反职业道德：严重扣10分，较轻扣5分 (max 10). The input
 * counts occurrences per severity; the score never goes below 0.
 *
 * @param max the item's maximum, above 0
 * @param severities named severities with distinct names, each deduction above 0 and at most max
 */
public record SeverityDeductionRule(BigDecimal max, List<Severity> severities) implements ItemRule {

    public SeverityDeductionRule {
        severities = Points.copy(severities);
    }

    public static SeverityDeductionRule of(int max, Severity... severities) {
        return new SeverityDeductionRule(BigDecimal.valueOf(max), Arrays.asList(severities));
    }

    @Override
    public BigDecimal maxPoints() {
        return Points.orZero(max);
    }

    /** A named severity and what one occurrence of it deducts. */
    public record Severity(String name, BigDecimal deduction) {
        public static Severity of(String name, int deduction) {
            return new Severity(name, BigDecimal.valueOf(deduction));
        }
    }
}
