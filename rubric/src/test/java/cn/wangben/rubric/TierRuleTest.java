package cn.wangben.rubric;

import static cn.wangben.rubric.Fixtures.error;
import static cn.wangben.rubric.Fixtures.pts;
import static cn.wangben.rubric.Fixtures.ruleViolations;
import static cn.wangben.rubric.Fixtures.score;
import static cn.wangben.rubric.Fixtures.scoreErrors;
import static cn.wangben.rubric.Fixtures.violation;
import static org.assertj.core.api.Assertions.assertThat;

import cn.wangben.rubric.TierRule.Tier;
import org.junit.jupiter.api.Test;

class TierRuleTest {

    private final TierRule fiveThreeOne = TierRule.of(Tier.of("优", 5), Tier.of("良", 3), Tier.of("中", 1));

    @Test
    void maximumIsTheHighestTier() {
        assertThat(fiveThreeOne.maxPoints()).isEqualByComparingTo("5");
        assertThat(ruleViolations(fiveThreeOne)).isEmpty();
    }

    @Test
    void scoresEachChosenTierWithOneDecimal() {
        assertThat(score(fiveThreeOne, ItemInput.tier("优"))).isEqualTo(pts("5.0"));
        assertThat(score(fiveThreeOne, ItemInput.tier("良"))).isEqualTo(pts("3.0"));
        assertThat(score(fiveThreeOne, ItemInput.tier(" 中 "))).isEqualTo(pts("1.0"));
    }

    @Test
    void acceptsAZeroBottomTierAndHalfPoints() {
        TierRule rule = new TierRule(java.util.List.of(new Tier("好", pts("2.5")), new Tier("无", pts("0"))));
        assertThat(ruleViolations(rule)).isEmpty();
        assertThat(score(rule, ItemInput.tier("好"))).isEqualTo(pts("2.5"));
        assertThat(score(rule, ItemInput.tier("无"))).isEqualTo(pts("0.0"));
    }

    @Test
    void rejectsATierThatIsNotInTheList() {
        assertThat(scoreErrors(fiveThreeOne, ItemInput.tier("差"))).containsExactly(error("label", "没有名为“差”的档次"));
    }

    @Test
    void rejectsDuplicateValuesAsOverlappingTiers() {
        TierRule rule = TierRule.of(Tier.of("优", 5), Tier.of("良", 5), Tier.of("中", 1));
        assertThat(ruleViolations(rule)).containsExactly(violation("items[0].rule.tiers[1].points", "档次分值5分重复，档次不能重叠"));
    }

    @Test
    void rejectsDuplicateLabels() {
        TierRule rule = TierRule.of(Tier.of("优", 5), Tier.of("优", 3));
        assertThat(ruleViolations(rule)).containsExactly(violation("items[0].rule.tiers[1].label", "档次名称“优”重复"));
    }

    @Test
    void rejectsTiersNotInDescendingOrder() {
        TierRule rule = TierRule.of(Tier.of("中", 1), Tier.of("优", 5), Tier.of("良", 3));
        assertThat(ruleViolations(rule)).containsExactly(violation("items[0].rule.tiers", "档次须按分值从高到低排列"));
    }

    @Test
    void rejectsNegativeValuesBlankLabelsAndMoreThanOneDecimal() {
        TierRule rule = new TierRule(
                java.util.List.of(new Tier("优", pts("5.25")), new Tier(" ", pts("3")), new Tier("差", pts("-1"))));
        assertThat(ruleViolations(rule))
                .containsExactly(
                        violation("items[0].rule.tiers[0].points", "分值最多保留一位小数"),
                        violation("items[0].rule.tiers[1].label", "档次名称不能为空"),
                        violation("items[0].rule.tiers[2].points", "分值不能为负数"));
    }

    @Test
    void rejectsASingleTierAndAllZeroTiers() {
        assertThat(ruleViolations(TierRule.of(Tier.of("优", 5))))
                .containsExactly(violation("items[0].rule.tiers", "至少需要两个档次"));
        assertThat(ruleViolations(TierRule.of(Tier.of("有", 0), Tier.of("无", 0))))
                .contains(violation("items[0].rule.tiers", "最高档次分值必须大于0"));
    }

    @Test
    void rejectsMissingTierListAndNullTiers() {
        assertThat(ruleViolations(new TierRule(null))).containsExactly(violation("items[0].rule.tiers", "至少需要两个档次"));
        assertThat(ruleViolations(new TierRule(java.util.Arrays.asList(Tier.of("优", 5), null))))
                .containsExactly(violation("items[0].rule.tiers[1]", "档次不能为空"));
    }

    @Test
    void rejectsAnInputOfAnotherKind() {
        assertThat(scoreErrors(fiveThreeOne, ItemInput.occurrences(1)))
                .containsExactly(error("input", "该项目的计分方式为“固定档次”，提交的评分类型不符"));
    }
}
