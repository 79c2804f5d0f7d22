package cn.wangben.rubric;

import static cn.wangben.rubric.Fixtures.error;
import static cn.wangben.rubric.Fixtures.pts;
import static cn.wangben.rubric.Fixtures.ruleViolations;
import static cn.wangben.rubric.Fixtures.score;
import static cn.wangben.rubric.Fixtures.scoreErrors;
import static cn.wangben.rubric.Fixtures.violation;
import static org.assertj.core.api.Assertions.assertThat;

import cn.wangben.rubric.AdditionRule.Kind;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AdditionRuleTest {

    private final AdditionRule awards = AdditionRule.of(7, Kind.of("先进班级", 1));
    private final AdditionRule alliance = AdditionRule.of(5, Kind.of("参加活动", 2), Kind.of("出课", 5));

    @Test
    void addsOnePointPerClassAwardUpToSeven() {
        assertThat(ruleViolations(awards)).isEmpty();
        assertThat(score(awards, ItemInput.counts("先进班级", 0))).isEqualTo(pts("0.0"));
        assertThat(score(awards, ItemInput.counts("先进班级", 4))).isEqualTo(pts("4.0"));
        assertThat(score(awards, ItemInput.counts("先进班级", 7))).isEqualTo(pts("7.0"));
        assertThat(score(awards, ItemInput.counts("先进班级", 9))).isEqualTo(pts("7.0"));
    }

    @Test
    void addsSeveralKindsUnderOneCap() {
        assertThat(score(alliance, ItemInput.counts(Map.of()))).isEqualTo(pts("0.0"));
        assertThat(score(alliance, ItemInput.counts("参加活动", 2))).isEqualTo(pts("4.0"));
        assertThat(score(alliance, ItemInput.counts("参加活动", 3))).isEqualTo(pts("5.0"));
        assertThat(score(alliance, ItemInput.counts(Map.of("参加活动", 1, "出课", 1))))
                .isEqualTo(pts("5.0"));
    }

    @Test
    void rejectsUnknownKindsAndNegativeCounts() {
        assertThat(scoreErrors(alliance, ItemInput.counts("听课", 1)))
                .containsExactly(error("counts[听课]", "没有名为“听课”的加分事项"));
        assertThat(scoreErrors(alliance, ItemInput.counts("出课", -2))).containsExactly(error("counts[出课]", "次数不能为负数"));
    }

    @Test
    void rejectsAMissingCapAndAKindWorthMoreThanTheCap() {
        assertThat(ruleViolations(new AdditionRule(null, java.util.List.of(Kind.of("出课", 5)))))
                .containsExactly(violation("items[0].rule.cap", "必须填写分值"));
        assertThat(ruleViolations(AdditionRule.of(3, Kind.of("出课", 5))))
                .containsExactly(violation("items[0].rule.kinds[0].points", "单次加分不能超过上限"));
    }
}
