package cn.wangben.rubric;

import static cn.wangben.rubric.Fixtures.error;
import static cn.wangben.rubric.Fixtures.pts;
import static cn.wangben.rubric.Fixtures.ruleViolations;
import static cn.wangben.rubric.Fixtures.score;
import static cn.wangben.rubric.Fixtures.scoreErrors;
import static cn.wangben.rubric.Fixtures.violation;
import static org.assertj.core.api.Assertions.assertThat;

import cn.wangben.rubric.LevelRule.Level;
import org.junit.jupiter.api.Test;

class LevelRuleTest {

    private final LevelRule levels =
            LevelRule.of(Level.of("一级", 8), Level.of("二级", 6), Level.of("三级", 3), Level.of("未达标", 0));

    @Test
    void scoresTheChosenLevelIncludingZeroForNotReached() {
        assertThat(ruleViolations(levels)).isEmpty();
        assertThat(levels.maxPoints()).isEqualByComparingTo("8");
        assertThat(score(levels, ItemInput.level("一级"))).isEqualTo(pts("8.0"));
        assertThat(score(levels, ItemInput.level("三级"))).isEqualTo(pts("3.0"));
        assertThat(score(levels, ItemInput.level("未达标"))).isEqualTo(pts("0.0"));
    }

    @Test
    void rejectsAnUnknownLevel() {
        assertThat(scoreErrors(levels, ItemInput.level("四级"))).containsExactly(error("level", "没有名为“四级”的等级"));
        assertThat(scoreErrors(levels, ItemInput.level(null))).containsExactly(error("level", "没有名为“”的等级"));
    }

    @Test
    void rejectsOverlappingAndUnorderedLevels() {
        assertThat(ruleViolations(LevelRule.of(Level.of("一级", 8), Level.of("二级", 8))))
                .containsExactly(violation("items[0].rule.levels[1].points", "等级分值8分重复，等级不能重叠"));
        assertThat(ruleViolations(LevelRule.of(Level.of("三级", 3), Level.of("一级", 8))))
                .containsExactly(violation("items[0].rule.levels", "等级须按分值从高到低排列"));
        assertThat(ruleViolations(LevelRule.of(Level.of("一级", 8), Level.of("", 6))))
                .containsExactly(violation("items[0].rule.levels[1].name", "等级名称不能为空"));
    }

    @Test
    void treatsFiveAndFivePointZeroAsTheSameLevel() {
        LevelRule rule = new LevelRule(java.util.List.of(new Level("一级", pts("5")), new Level("二级", pts("5.0"))));
        assertThat(ruleViolations(rule))
                .containsExactly(violation("items[0].rule.levels[1].points", "等级分值5分重复，等级不能重叠"));
    }
}
