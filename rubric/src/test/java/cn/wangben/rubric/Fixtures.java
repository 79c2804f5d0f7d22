package cn.wangben.rubric;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;

/** One-item rubrics, so each rule kind can be tested on its own. */
final class Fixtures {

    static final String ID = "x";

    private Fixtures() {}

    static BigDecimal pts(String value) {
        return new BigDecimal(value);
    }

    /** A rubric whose only item has this rule and whose total is that rule's maximum. */
    static Rubric single(ItemRule rule) {
        return new Rubric(rule.maxPoints(), List.of(RubricItem.of(ID, "测试项目", rule)));
    }

    /** The item score on the rubric's own scale. */
    static BigDecimal score(ItemRule rule, ItemInput input) {
        return RubricScorer.of(single(rule), rule.maxPoints())
                .score(Scoresheet.builder().put(ID, input).build())
                .items()
                .get(0)
                .points();
    }

    /** The rule's own violations, without the total check that follows from them. */
    static List<RubricViolation> ruleViolations(ItemRule rule) {
        return single(rule).validate().violations().stream()
                .filter(v -> v.path().startsWith("items[0].rule"))
                .toList();
    }

    static List<ScoresheetError> scoreErrors(ItemRule rule, ItemInput input) {
        RubricScorer scorer = RubricScorer.of(single(rule), rule.maxPoints());
        Scoresheet sheet = Scoresheet.builder().put(ID, input).build();
        var thrown = new InvalidScoresheetException[1];
        assertThatThrownBy(() -> scorer.score(sheet))
                .isInstanceOfSatisfying(InvalidScoresheetException.class, e -> thrown[0] = e);
        return thrown[0].errors();
    }

    static RubricViolation violation(String path, String message) {
        return new RubricViolation(path, message);
    }

    static ScoresheetError error(String field, String message) {
        return new ScoresheetError(ID, field, "“测试项目”：" + message);
    }
}
