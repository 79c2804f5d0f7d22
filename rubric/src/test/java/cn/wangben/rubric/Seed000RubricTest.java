package cn.wangben.rubric;

import static cn.wangben.rubric.Fixtures.pts;
import static cn.wangben.rubric.Fixtures.violation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class Seed000RubricTest {

    /** 刘月: a new teacher who gave the report lesson and is on 一级 for 一师一优课. */
    private static Scoresheet liuYue() {
        return Scoresheet.builder()
                .put("politics", ItemInput.occurrences(2))
                .put("ethics", ItemInput.counts("较轻", 1))
                .put("newTeacherLesson", ItemInput.tier("二档"))
                .put("mentalHealth", ItemInput.tier("一档"))
                .put("whiteboard", ItemInput.tier("二档"))
                .put("oneTeacherOneLesson", ItemInput.level("一级"))
                .put("researchPaper", ItemInput.tier("三档"))
                .put("infoTech", ItemInput.tier("一档"))
                .put("classManagement", ItemInput.counts("先进班级", 3))
                .put("experience", ItemInput.tier("二档"))
                .put("urbanRural", ItemInput.counts(Map.of("参加联合体活动", 1, "联合体出课", 1)))
                .put("teachingSkills", ItemInput.tier("二档"))
                .put("reading", ItemInput.tier("三档"))
                .put("creativeDesign", ItemInput.tier("一档"))
                .build();
    }

    @Test
    void everyItemIsWellFormedButThePrintedWeightsSumTo103Not100() {
        // the only violation is the total: each of the 14 items passes its rule's checks
        assertThat(Seed000Rubric.asPrinted().validate().violations())
                .containsExactly(violation("declaredTotal", "各项满分之和为103分，与总分100分不符"));
        assertThatThrownBy(() -> RubricScorer.of(Seed000Rubric.asPrinted(), 40))
                .isInstanceOf(InvalidRubricException.class);
    }

    @Test
    void validatesWhenDeclaredOnTheTotalItsItemsGive() {
        Rubric rubric = Seed000Rubric.onItsItemsTotal();
        assertThat(rubric.validate().isValid()).isTrue();
        assertThat(rubric.items()).hasSize(14);
        assertThat(rubric.items())
                .extracting(RubricItem::maxPoints)
                .extracting(max -> max.intValueExact())
                .containsExactly(10, 10, 5, 8, 5, 8, 5, 5, 7, 5, 5, 10, 10, 10);
    }

    @Test
    void scoresARealisticTeacherAsComputedByHand() {
        RubricScore score = RubricScorer.of(Seed000Rubric.onItsItemsTotal(), 40).score(liuYue());
        // By hand, item by item:
        //  1 学习十九大精神   10 − 2 missing notes × 1       =  8
        //  2 职业道德培训     10 − 1 × 较轻 5                 =  5
        //  3 新教师汇报课     二档                              =  3
        //  4 心理健康培训     一档                              =  8
        //  5 白板的使用培训   二档                              =  3
        //  6 一师一优课晒课   一级                              =  8
        //  7 教科研论文评比   三档                              =  1
        //  8 信息技术培训     一档                              =  5
        //  9 班级管理讲座     3 先进班级 × 1                    =  3
        // 10 教师经验交流会   二档                              =  3
        // 11 城乡联合体活动   1 × 2 + 1 × 5 = 7, capped at 5    =  5
        // 12 教学技能培训     二档                              =  8
        // 13 读书交流会       三档                              =  5
        // 14 教学创意设计评比 一档                              = 10
        // raw = 8+5+3+8+3+8+1+5+3+3+5+8+5+10 = 75 of 103
        // school score = 75 × 40 / 103 = 29.126… → HALF_UP → 29.1
        assertThat(score.items())
                .extracting(ItemScore::points)
                .containsExactly(
                        pts("8.0"),
                        pts("5.0"),
                        pts("3.0"),
                        pts("8.0"),
                        pts("3.0"),
                        pts("8.0"),
                        pts("1.0"),
                        pts("5.0"),
                        pts("3.0"),
                        pts("3.0"),
                        pts("5.0"),
                        pts("8.0"),
                        pts("5.0"),
                        pts("10.0"));
        assertThat(score.rawTotal()).isEqualTo(pts("75.0"));
        assertThat(score.scaled()).isTrue();
        assertThat(score.schoolScore()).isEqualTo(pts("29.1"));
    }

    @Test
    void aTeacherWithFullMarksGetsTheWholeSchoolPart() {
        Scoresheet best = Scoresheet.builder()
                .put("politics", ItemInput.occurrences(0))
                .put("ethics", ItemInput.counts(Map.of()))
                .put("newTeacherLesson", ItemInput.tier("一档"))
                .put("mentalHealth", ItemInput.tier("一档"))
                .put("whiteboard", ItemInput.tier("一档"))
                .put("oneTeacherOneLesson", ItemInput.level("一级"))
                .put("researchPaper", ItemInput.tier("一档"))
                .put("infoTech", ItemInput.tier("一档"))
                .put("classManagement", ItemInput.counts("先进班级", 9))
                .put("experience", ItemInput.tier("一档"))
                .put("urbanRural", ItemInput.counts("参加联合体活动", 3))
                .put("teachingSkills", ItemInput.tier("一档"))
                .put("reading", ItemInput.tier("一档"))
                .put("creativeDesign", ItemInput.tier("一档"))
                .build();
        RubricScore score = RubricScorer.of(Seed000Rubric.onItsItemsTotal(), 40).score(best);
        assertThat(score.rawTotal()).isEqualTo(pts("103.0"));
        assertThat(score.schoolScore()).isEqualTo(pts("40.0"));
    }
}
