package cn.wangben.rubric;

import static cn.wangben.rubric.Fixtures.error;
import static cn.wangben.rubric.Fixtures.pts;
import static cn.wangben.rubric.Fixtures.ruleViolations;
import static cn.wangben.rubric.Fixtures.score;
import static cn.wangben.rubric.Fixtures.scoreErrors;
import static cn.wangben.rubric.Fixtures.violation;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DeductionRuleTest {

    private final DeductionRule notes = DeductionRule.of(10, 1);

    @Test
    void deductsOnePointPerMissingNoteButNeverBelowZero() {
        assertThat(score(notes, ItemInput.occurrences(0))).isEqualTo(pts("10.0"));
        assertThat(score(notes, ItemInput.occurrences(3))).isEqualTo(pts("7.0"));
        assertThat(score(notes, ItemInput.occurrences(10))).isEqualTo(pts("0.0"));
        assertThat(score(notes, ItemInput.occurrences(15))).isEqualTo(pts("0.0"));
    }

    @Test
    void capLimitsTheTotalDeduction() {
        DeductionRule capped = new DeductionRule(pts("10"), pts("1.5"), pts("6"));
        assertThat(ruleViolations(capped)).isEmpty();
        assertThat(score(capped, ItemInput.occurrences(3))).isEqualTo(pts("5.5"));
        assertThat(score(capped, ItemInput.occurrences(4))).isEqualTo(pts("4.0"));
        assertThat(score(capped, ItemInput.occurrences(50))).isEqualTo(pts("4.0"));
    }

    @Test
    void rejectsANegativeCount() {
        assertThat(scoreErrors(notes, ItemInput.occurrences(-1))).containsExactly(error("count", "扣分次数不能为负数"));
    }

    @Test
    void rejectsMissingOrNonPositiveParametersAndACapAboveTheMaximum() {
        assertThat(ruleViolations(new DeductionRule(null, pts("0"), pts("-2"))))
                .containsExactly(
                        violation("items[0].rule.max", "必须填写分值"),
                        violation("items[0].rule.perOccurrence", "分值必须大于0"),
                        violation("items[0].rule.deductionCap", "分值不能为负数"));
        assertThat(ruleViolations(new DeductionRule(pts("10"), pts("12"), pts("11"))))
                .containsExactly(
                        violation("items[0].rule.perOccurrence", "每次扣分不能超过满分"),
                        violation("items[0].rule.deductionCap", "扣分上限不能超过满分"));
    }
}
