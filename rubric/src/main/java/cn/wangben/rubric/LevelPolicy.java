package cn.wangben.rubric;

import java.math.BigDecimal;

/** Indicator levels: the score is the chosen level's points. */
final class LevelPolicy extends RulePolicy<LevelRule, ItemInput.LevelChoice> {

    private static final NamedPoints LEVELS = new NamedPoints("等级", "name", "points", 2);

    LevelPolicy() {
        super(LevelRule.class, ItemInput.LevelChoice.class, "指标等级");
    }

    @Override
    void check(LevelRule rule, String path, ViolationCollector out) {
        String at = path + ".levels";
        var entries = rule.levels() == null
                ? null
                : rule.levels().stream()
                        .map(l -> l == null ? null : new NamedPoints.Entry(l.name(), l.points()))
                        .toList();
        LEVELS.distinctAndDescending(LEVELS.check(entries, at, false, out), at, out);
    }

    @Override
    BigDecimal evaluate(LevelRule rule, ItemInput.LevelChoice input, ItemErrors errors) {
        String name = input.level() == null ? "" : input.level().strip();
        return rule.levels().stream()
                .filter(l -> l.name().strip().equals(name))
                .map(LevelRule.Level::points)
                .findFirst()
                .orElseGet(() -> {
                    errors.fail("level", "没有名为“" + name + "”的等级");
                    return null;
                });
    }
}
