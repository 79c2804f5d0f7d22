package cn.wangben.rubric;

import java.math.BigDecimal;
import java.util.Map;

/** Deduction by severity: {@code max − Σ count × deduction}, never below 0. */
final class SeverityDeductionPolicy extends RulePolicy<SeverityDeductionRule, ItemInput.Counts> {

    private static final NamedPoints SEVERITIES = new NamedPoints("情节", "name", "deduction", 1);

    SeverityDeductionPolicy() {
        super(SeverityDeductionRule.class, ItemInput.Counts.class, "按情节扣分");
    }

    @Override
    void check(SeverityDeductionRule rule, String path, ViolationCollector out) {
        out.points(path + ".max", rule.max(), true);
        String at = path + ".severities";
        var entries = rule.severities() == null
                ? null
                : rule.severities().stream()
                        .map(s -> s == null ? null : new NamedPoints.Entry(s.name(), s.deduction()))
                        .toList();
        SEVERITIES
                .check(entries, at, true, out)
                .forEach((j, deduction) ->
                        out.notAbove(at + "[" + j + "].deduction", deduction, rule.max(), "扣分不能超过满分"));
    }

    @Override
    BigDecimal evaluate(SeverityDeductionRule rule, ItemInput.Counts input, ItemErrors errors) {
        BigDecimal deduction = BigDecimal.ZERO;
        boolean usable = true;
        for (Map.Entry<String, Integer> e : input.counts().entrySet()) {
            String field = "counts[" + e.getKey() + "]";
            var severity = rule.severities().stream()
                    .filter(s -> s.name().strip().equals(e.getKey().strip()))
                    .findFirst();
            if (severity.isEmpty()) {
                errors.fail(field, "没有名为“" + e.getKey() + "”的情节");
                usable = false;
            } else if (errors.count(field, e.getValue(), "次数")) {
                deduction = deduction.add(severity.get().deduction().multiply(BigDecimal.valueOf(e.getValue())));
            } else {
                usable = false;
            }
        }
        return usable ? rule.max().subtract(deduction).max(BigDecimal.ZERO) : null;
    }
}
