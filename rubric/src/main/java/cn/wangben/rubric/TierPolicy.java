package cn.wangben.rubric;

import java.math.BigDecimal;

/** Fixed tiers: the score is the chosen tier's points. */
final class TierPolicy extends RulePolicy<TierRule, ItemInput.TierChoice> {

    private static final NamedPoints TIERS = new NamedPoints("档次", "label", "points", 2);

    TierPolicy() {
        super(TierRule.class, ItemInput.TierChoice.class, "固定档次");
    }

    @Override
    void check(TierRule rule, String path, ViolationCollector out) {
        String at = path + ".tiers";
        var entries = rule.tiers() == null
                ? null
                : rule.tiers().stream()
                        .map(t -> t == null ? null : new NamedPoints.Entry(t.label(), t.points()))
                        .toList();
        TIERS.distinctAndDescending(TIERS.check(entries, at, false, out), at, out);
    }

    @Override
    BigDecimal evaluate(TierRule rule, ItemInput.TierChoice input, ItemErrors errors) {
        String label = input.label() == null ? "" : input.label().strip();
        return rule.tiers().stream()
                .filter(t -> t.label().strip().equals(label))
                .map(TierRule.Tier::points)
                .findFirst()
                .orElseGet(() -> {
                    errors.fail("label", "没有名为“" + label + "”的档次");
                    return null;
                });
    }
}
