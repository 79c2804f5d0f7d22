package cn.wangben.rubric;

import static cn.wangben.rubric.Fixtures.pts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ScalingTest {

    private static RubricScore scoreManual(int declaredTotal, String raw, int schoolPoints) {
        Rubric rubric = Rubric.of(declaredTotal, RubricItem.of("all", "综合", ManualRule.of(declaredTotal)));
        return RubricScorer.of(rubric, schoolPoints)
                .score(Scoresheet.builder().put("all", ItemInput.manual(raw)).build());
    }

    @Test
    void usesARubricWrittenOnTheSchoolPointsAsIs() {
        RubricScore score = scoreManual(40, "33.5", 40);
        assertThat(score.scaled()).isFalse();
        assertThat(score.rawTotal()).isEqualTo(pts("33.5"));
        assertThat(score.schoolScore()).isEqualTo(pts("33.5"));
    }

    @Test
    void scalesA100PointRubricTo40() {
        RubricScore score = scoreManual(100, "87.5", 40);
        assertThat(score.scaled()).isTrue();
        assertThat(score.rawTotal()).isEqualTo(pts("87.5"));
        assertThat(score.items().get(0).points()).isEqualTo(pts("87.5"));
        assertThat(score.schoolScore()).isEqualTo(pts("35.0"));
        assertThat(scoreManual(100, "100", 40).schoolScore()).isEqualTo(pts("40.0"));
        assertThat(scoreManual(100, "0", 40).schoolScore()).isEqualTo(pts("0.0"));
    }

    @Test
    void roundsHalfUpOnlyOnceAtTheEnd() {
        // 75.3 × 40 / 80 = 37.65 exactly: HALF_UP gives 37.7 (HALF_EVEN would give 37.6)
        assertThat(scoreManual(80, "75.3", 40).schoolScore()).isEqualTo(pts("37.7"));
        // 75.1 × 40 / 80 = 37.55 → 37.6
        assertThat(scoreManual(80, "75.1", 40).schoolScore()).isEqualTo(pts("37.6"));
        // 86.3 × 40 / 100 = 34.52 → 34.5
        assertThat(scoreManual(100, "86.3", 40).schoolScore()).isEqualTo(pts("34.5"));
        // 50 × 40 / 103 = 19.4174… → 19.4; 51 × 40 / 103 = 19.8058… → 19.8
        assertThat(scoreManual(103, "50", 40).schoolScore()).isEqualTo(pts("19.4"));
        assertThat(scoreManual(103, "51", 40).schoolScore()).isEqualTo(pts("19.8"));
    }

    @Test
    void scalesUpARubricWrittenOnASmallerTotal() {
        assertThat(scoreManual(20, "15.5", 40).schoolScore()).isEqualTo(pts("31.0"));
    }

    @Test
    void refusesNonPositiveSchoolPointsAndAnInvalidRubric() {
        Rubric valid = Rubric.of(40, RubricItem.of("all", "综合", ManualRule.of(40)));
        assertThatThrownBy(() -> RubricScorer.of(valid, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RubricScorer.of(valid, pts("40.25"))).isInstanceOf(IllegalArgumentException.class);
        Rubric invalid = Rubric.of(40, RubricItem.of("all", "综合", ManualRule.of(39)));
        assertThatThrownBy(() -> RubricScorer.of(invalid, 40)).isInstanceOf(InvalidRubricException.class);
    }
}
