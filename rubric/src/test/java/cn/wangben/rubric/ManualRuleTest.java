package cn.wangben.rubric;

import static cn.wangben.rubric.Fixtures.error;
import static cn.wangben.rubric.Fixtures.pts;
import static cn.wangben.rubric.Fixtures.ruleViolations;
import static cn.wangben.rubric.Fixtures.score;
import static cn.wangben.rubric.Fixtures.scoreErrors;
import static cn.wangben.rubric.Fixtures.violation;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ManualRuleTest {

    private final ManualRule manual = ManualRule.of(10);

    @Test
    void acceptsAnyOneDecimalValueFromZeroToTheMaximum() {
        assertThat(score(manual, ItemInput.manual("0"))).isEqualTo(pts("0.0"));
        assertThat(score(manual, ItemInput.manual("7.5"))).isEqualTo(pts("7.5"));
        assertThat(score(manual, ItemInput.manual("10"))).isEqualTo(pts("10.0"));
        assertThat(score(manual, ItemInput.manual("9.50"))).isEqualTo(pts("9.5"));
    }

    @Test
    void rejectsAValueAboveTheMaximumNegativeOrWithTwoDecimals() {
        assertThat(scoreErrors(manual, ItemInput.manual("10.1"))).containsExactly(error("points", "分数不能超过满分10分"));
        assertThat(scoreErrors(manual, ItemInput.manual("-0.5"))).containsExactly(error("points", "分数不能为负数"));
        assertThat(scoreErrors(manual, ItemInput.manual("7.25"))).containsExactly(error("points", "分数最多保留一位小数"));
        assertThat(scoreErrors(manual, new ItemInput.Manual(null))).containsExactly(error("points", "必须填写分数"));
    }

    @Test
    void rejectsAMaximumWithTwoDecimals() {
        assertThat(ruleViolations(new ManualRule(pts("7.25"))))
                .containsExactly(violation("items[0].rule.max", "分值最多保留一位小数"));
    }
}
