package cn.wangben.rubric;

import java.math.BigDecimal;
import java.util.Map;

/** Plus per occurrence: {@code min(Σ count × points, cap)}, starting from 0. */
final class AdditionPolicy extends RulePolicy<AdditionRule, ItemInput.Counts> {

    private static final NamedPoints KINDS = new NamedPoints("加分事项", "name", "points", 1);

    AdditionPolicy() {
        super(AdditionRule.class, ItemInput.Counts.class, "按次加分");
    }

    @Override
    void check(AdditionRule rule, String path, ViolationCollector out) {
        out.points(path + ".cap", rule.cap(), true);
        String at = path + ".kinds";
        var entries = rule.kinds() == null
                ? null
                : rule.kinds().stream()
                        .map(k -> k == null ? null : new NamedPoints.Entry(k.name(), k.points()))
                        .toList();
        KINDS.check(entries, at, true, out)
                .forEach((j, points) -> out.notAbove(at + "[" + j + "].points", points, rule.cap(), "单次加分不能超过上限"));
    }

    @Override
    BigDecimal evaluate(AdditionRule rule, ItemInput.Counts input, ItemErrors errors) {
        BigDecimal sum = BigDecimal.ZERO;
        boolean usable = true;
        for (Map.Entry<String, Integer> e : input.counts().entrySet()) {
            String field = "counts[" + e.getKey() + "]";
            var kind = rule.kinds().stream()
                    .filter(k -> k.name().strip().equals(e.getKey().strip()))
                    .findFirst();
            if (kind.isEmpty()) {
                errors.fail(field, "没有名为“" + e.getKey() + "”的加分事项");
                usable = false;
            } else if (errors.count(field, e.getValue(), "次数")) {
                sum = sum.add(kind.get().points().multiply(BigDecimal.valueOf(e.getValue())));
            } else {
                usable = false;
            }
        }
        return usable ? sum.min(rule.cap()) : null;
    }
}
