package cn.wangben.rubric;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Finds the policy of a rule; records are final, so the exact class is the key. */
final class RulePolicies {

    private static final Map<Class<?>, RulePolicy<?, ?>> BY_RULE = List.of(
                    new TierPolicy(),
                    new DeductionPolicy(),
                    new SeverityDeductionPolicy(),
                    new AdditionPolicy(),
                    new LevelPolicy(),
                    new AttendancePolicy(),
                    new ManualPolicy())
            .stream()
            .collect(Collectors.toUnmodifiableMap(RulePolicy::ruleType, Function.identity()));

    private RulePolicies() {}

    static void validate(ItemRule rule, String path, ViolationCollector out) {
        of(rule).validate(rule, path, out);
    }

    static BigDecimal score(ItemRule rule, ItemInput input, ItemErrors errors) {
        return of(rule).score(rule, input, errors);
    }

    private static RulePolicy<?, ?> of(ItemRule rule) {
        RulePolicy<?, ?> policy = BY_RULE.get(rule.getClass());
        if (policy == null) { // only reachable if a new rule kind is added without its policy
            throw new IllegalStateException("no policy for " + rule.getClass().getName());
        }
        return policy;
    }
}
