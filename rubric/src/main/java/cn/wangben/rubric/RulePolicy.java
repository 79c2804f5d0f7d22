package cn.wangben.rubric;

import java.math.BigDecimal;

/**
 * How one rule kind is validated and scored. One subclass per kind keeps each rule's reasoning in
 * its own small file; {@link RulePolicies} picks the subclass by the rule's record class.
 *
 * @param <R> the rule record
 * @param <I> the input record this rule expects
 */
abstract class RulePolicy<R extends ItemRule, I extends ItemInput> {

    private final Class<R> ruleType;
    private final Class<I> inputType;
    private final String kindName;

    RulePolicy(Class<R> ruleType, Class<I> inputType, String kindName) {
        this.ruleType = ruleType;
        this.inputType = inputType;
        this.kindName = kindName;
    }

    Class<R> ruleType() {
        return ruleType;
    }

    /** Adds the rule's violations; {@code path} is the rule's own path, e.g. {@code items[2].rule}. */
    abstract void check(R rule, String path, ViolationCollector out);

    /**
     * Scores a valid rule. Returns {@code null} after reporting a problem to {@code errors};
     * otherwise a value with at most one decimal, between 0 and the rule's maximum.
     */
    abstract BigDecimal evaluate(R rule, I input, ItemErrors errors);

    final void validate(ItemRule rule, String path, ViolationCollector out) {
        check(ruleType.cast(rule), path, out);
    }

    final BigDecimal score(ItemRule rule, ItemInput input, ItemErrors errors) {
        if (!inputType.isInstance(input)) {
            errors.fail("input", "该项目的计分方式为“" + kindName + "”，提交的评分类型不符");
            return null;
        }
        return evaluate(ruleType.cast(rule), inputType.cast(input), errors);
    }
}
