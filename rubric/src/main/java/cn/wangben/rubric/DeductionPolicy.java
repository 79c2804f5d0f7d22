package cn.wangben.rubric;

import java.math.BigDecimal;

/** Minus per occurrence: {@code max − min(count × per, cap)}, never below 0. */
final class DeductionPolicy extends RulePolicy<DeductionRule, ItemInput.Occurrences> {

    DeductionPolicy() {
        super(DeductionRule.class, ItemInput.Occurrences.class, "按次扣分");
    }

    @Override
    void check(DeductionRule rule, String path, ViolationCollector out) {
        out.points(path + ".max", rule.max(), true);
        if (out.points(path + ".perOccurrence", rule.perOccurrence(), true)) {
            out.notAbove(path + ".perOccurrence", rule.perOccurrence(), rule.max(), "每次扣分不能超过满分");
        }
        if (rule.deductionCap() != null && out.points(path + ".deductionCap", rule.deductionCap(), true)) {
            out.notAbove(path + ".deductionCap", rule.deductionCap(), rule.max(), "扣分上限不能超过满分");
        }
    }

    @Override
    BigDecimal evaluate(DeductionRule rule, ItemInput.Occurrences input, ItemErrors errors) {
        if (!errors.count("count", input.count(), "扣分次数")) {
            return null;
        }
        BigDecimal deduction = rule.perOccurrence().multiply(BigDecimal.valueOf(input.count()));
        if (rule.deductionCap() != null) {
            deduction = deduction.min(rule.deductionCap());
        }
        return rule.max().subtract(deduction).max(BigDecimal.ZERO);
    }
}
