package cn.wangben.rubric;

import static cn.wangben.rubric.Fixtures.error;
import static cn.wangben.rubric.Fixtures.pts;
import static cn.wangben.rubric.Fixtures.ruleViolations;
import static cn.wangben.rubric.Fixtures.score;
import static cn.wangben.rubric.Fixtures.scoreErrors;
import static cn.wangben.rubric.Fixtures.violation;
import static org.assertj.core.api.Assertions.assertThat;

import cn.wangben.rubric.SeverityDeductionRule.Severity;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SeverityDeductionRuleTest {

    private final SeverityDeductionRule ethics =
            SeverityDeductionRule.of(10, Severity.of("严重", 10), Severity.of("一般", 5));

    @Test
    void keepsFullMarksWithoutViolations() {
        assertThat(ruleViolations(ethics)).isEmpty();
        assertThat(score(ethics, ItemInput.counts(Map.of()))).isEqualTo(pts("10.0"));
        assertThat(score(ethics, ItemInput.counts(Map.of("严重", 0, "一般", 0)))).isEqualTo(pts("10.0"));
    }

    @Test
    void deductsPerSeverityButNeverBelowZero() {
        assertThat(score(ethics, ItemInput.counts("一般", 1))).isEqualTo(pts("5.0"));
        assertThat(score(ethics, ItemInput.counts("一般", 2))).isEqualTo(pts("0.0"));
        assertThat(score(ethics, ItemInput.counts("严重", 1))).isEqualTo(pts("0.0"));
        assertThat(score(ethics, ItemInput.counts(Map.of("严重", 1, "一般", 3)))).isEqualTo(pts("0.0"));
    }

    @Test
    void rejectsUnknownSeveritiesAndNegativeCountsTogether() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("轻微", 1);
        counts.put("一般", -1);
        assertThat(scoreErrors(ethics, ItemInput.counts(counts)))
                .containsExactly(error("counts[轻微]", "没有名为“轻微”的情节"), error("counts[一般]", "次数不能为负数"));
    }

    @Test
    void rejectsDuplicateNamesZeroDeductionsAndDeductionsAboveTheMaximum() {
        SeverityDeductionRule rule = SeverityDeductionRule.of(10, Severity.of("严重", 12), Severity.of("严重", 0));
        assertThat(ruleViolations(rule))
                .containsExactly(
                        violation("items[0].rule.severities[1].name", "情节名称“严重”重复"),
                        violation("items[0].rule.severities[1].deduction", "分值必须大于0"),
                        violation("items[0].rule.severities[0].deduction", "扣分不能超过满分"));
        assertThat(ruleViolations(new SeverityDeductionRule(pts("10"), java.util.List.of())))
                .containsExactly(violation("items[0].rule.severities", "至少需要一个情节"));
    }
}
