package cn.wangben.rubric;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/**
 * Fixed tiers: the scorer picks one, e.g. 优 5 / 良 3 / 中 1, or 一档 10 / 二档 8 / 三档 5.
 *
 * <p>Valid when there are at least two tiers, labels are non-blank and distinct, points are
 * non-negative with one decimal at most, distinct (overlapping tiers are rejected) and descending,
 * and the highest tier is above 0. The item's maximum is the highest tier.
 */
public record TierRule(List<Tier> tiers) implements ItemRule {

    public TierRule {
        tiers = Points.copy(tiers);
    }

    public static TierRule of(Tier... tiers) {
        return new TierRule(Arrays.asList(tiers));
    }

    @Override
    public BigDecimal maxPoints() {
        return Points.maxOf(tiers, Tier::points);
    }

    /** One tier; the scorer chooses it by its label. */
    public record Tier(String label, BigDecimal points) {
        public static Tier of(String label, int points) {
            return new Tier(label, BigDecimal.valueOf(points));
        }
    }
}
