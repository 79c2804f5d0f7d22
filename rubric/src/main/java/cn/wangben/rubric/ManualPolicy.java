package cn.wangben.rubric;

import java.math.BigDecimal;

/** A directly entered score: accepted as is when within 0..max with one decimal at most. */
final class ManualPolicy extends RulePolicy<ManualRule, ItemInput.Manual> {

    ManualPolicy() {
        super(ManualRule.class, ItemInput.Manual.class, "直接打分");
    }

    @Override
    void check(ManualRule rule, String path, ViolationCollector out) {
        out.points(path + ".max", rule.max(), true);
    }

    @Override
    BigDecimal evaluate(ManualRule rule, ItemInput.Manual input, ItemErrors errors) {
        BigDecimal points = input.points();
        if (points == null) {
            errors.fail("points", "必须填写分数");
            return null;
        }
        boolean usable = true;
        if (points.signum() < 0) {
            errors.fail("points", "分数不能为负数");
            usable = false;
        } else if (points.compareTo(rule.max()) > 0) {
            errors.fail("points", "分数不能超过满分" + Points.show(rule.max()) + "分");
            usable = false;
        }
        if (!Points.hasAtMostOneDecimal(points)) {
            errors.fail("points", "分数最多保留一位小数");
            usable = false;
        }
        return usable ? points : null;
    }
}
