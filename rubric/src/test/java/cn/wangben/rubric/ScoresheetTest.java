package cn.wangben.rubric;

import static cn.wangben.rubric.Fixtures.pts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.wangben.rubric.TierRule.Tier;
import org.junit.jupiter.api.Test;

class ScoresheetTest {

    private final Rubric rubric = Rubric.of(
            40,
            RubricItem.of("attendance", "出勤", AttendanceRule.of(20)),
            RubricItem.of("notes", "笔记", DeductionRule.of(10, 1)),
            RubricItem.of("homework", "作业", TierRule.of(Tier.of("优", 10), Tier.of("良", 8), Tier.of("中", 5))));
    private final RubricScorer scorer = RubricScorer.of(rubric, 40);

    @Test
    void scoresEveryItemInRubricOrderAndSumsThem() {
        Scoresheet sheet = Scoresheet.builder()
                .put("homework", ItemInput.tier("良"))
                .put("notes", ItemInput.occurrences(2))
                .put("attendance", ItemInput.attendance(5, 6))
                .build();
        RubricScore score = scorer.score(sheet);
        // 20 × 5/6 = 16.666… → 16.7; 10 − 2 = 8; 良 = 8; total 32.7
        assertThat(score.items())
                .containsExactly(
                        new ItemScore("attendance", "出勤", pts("16.7"), pts("20.0")),
                        new ItemScore("notes", "笔记", pts("8.0"), pts("10.0")),
                        new ItemScore("homework", "作业", pts("8.0"), pts("10.0")));
        assertThat(score.rawTotal()).isEqualTo(pts("32.7"));
        assertThat(score.schoolScore()).isEqualTo(pts("32.7"));
        assertThat(score.declaredTotal()).isEqualByComparingTo("40");
        assertThat(score.schoolPoints()).isEqualByComparingTo("40");
    }

    @Test
    void reportsUnknownIdsMissingInputsAndBadValuesAllAtOnce() {
        Scoresheet sheet = Scoresheet.builder()
                .put("homework", ItemInput.tier("差"))
                .put("extra", ItemInput.manual("1"))
                .put("attendance", ItemInput.attendance(7, 6))
                .build();
        assertThatThrownBy(() -> scorer.score(sheet))
                .isInstanceOfSatisfying(InvalidScoresheetException.class, e -> assertThat(e.errors())
                        .containsExactly(
                                new ScoresheetError("extra", null, "考核细则中没有编号为“extra”的项目"),
                                new ScoresheetError("attendance", "attended", "“出勤”：出勤次数不能超过应出勤次数6"),
                                new ScoresheetError("notes", "input", "“笔记”：缺少评分"),
                                new ScoresheetError("homework", "label", "“作业”：没有名为“差”的档次")))
                .hasMessageStartingWith("评分有误：");
    }

    @Test
    void rejectsAnInputOfTheWrongKindNamingTheRuleKind() {
        Scoresheet sheet = Scoresheet.builder()
                .put("attendance", ItemInput.manual("20"))
                .put("notes", ItemInput.occurrences(0))
                .put("homework", ItemInput.level("优"))
                .build();
        assertThatThrownBy(() -> scorer.score(sheet))
                .isInstanceOfSatisfying(InvalidScoresheetException.class, e -> assertThat(e.errors())
                        .containsExactly(
                                new ScoresheetError("attendance", "input", "“出勤”：该项目的计分方式为“出勤比例”，提交的评分类型不符"),
                                new ScoresheetError("homework", "input", "“作业”：该项目的计分方式为“固定档次”，提交的评分类型不符")));
    }
}
