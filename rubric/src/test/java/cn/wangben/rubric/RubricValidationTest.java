package cn.wangben.rubric;

import static cn.wangben.rubric.Fixtures.pts;
import static cn.wangben.rubric.Fixtures.violation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.wangben.rubric.TierRule.Tier;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class RubricValidationTest {

    private static RubricItem attendance(int max) {
        return RubricItem.of("attendance", "出勤", AttendanceRule.of(max));
    }

    private static RubricItem notes() {
        return new RubricItem("notes", "笔记", "学习", DeductionRule.of(10, 1));
    }

    private static RubricItem homework() {
        return RubricItem.of("homework", "作业", TierRule.of(Tier.of("优", 10), Tier.of("良", 8), Tier.of("中", 5)));
    }

    @Test
    void acceptsARubricWhoseItemsSumToTheDeclaredTotal() {
        Rubric rubric = Rubric.of(40, attendance(20), notes(), homework());
        assertThat(rubric.validate().isValid()).isTrue();
        assertThat(rubric.requireValid()).isSameAs(rubric);
        assertThat(rubric.itemMaxSum()).isEqualByComparingTo("40");
    }

    @Test
    void rejectsItemsThatSumTo39ForADeclared40() {
        assertThat(Rubric.of(40, attendance(19), notes(), homework()).validate().violations())
                .containsExactly(violation("declaredTotal", "各项满分之和为39分，与总分40分不符"));
    }

    @Test
    void rejectsAZeroOrNegativeDeclaredTotal() {
        assertThat(Rubric.of(0, attendance(20)).validate().violations())
                .containsExactly(violation("declaredTotal", "分值必须大于0"));
        assertThat(Rubric.of(-40, attendance(20)).validate().violations())
                .containsExactly(violation("declaredTotal", "分值不能为负数"));
    }

    @Test
    void rejectsARubricWithoutItems() {
        assertThat(Rubric.of(40).validate().violations()).containsExactly(violation("items", "至少需要一个考核项目"));
        assertThat(new Rubric(null, null).validate().violations())
                .containsExactly(violation("declaredTotal", "必须填写分值"), violation("items", "至少需要一个考核项目"));
    }

    @Test
    void rejectsDuplicateIdsNamingTheFirstOccurrence() {
        RubricItem again = RubricItem.of("notes", "作业笔记", AttendanceRule.of(10));
        assertThat(Rubric.of(40, attendance(20), notes(), again).validate().violations())
                .containsExactly(violation("items[2].id", "项目编号“notes”与第2项重复"));
    }

    @Test
    void rejectsBlankIdsAndTitlesAndTooLongIds() {
        Rubric rubric = Rubric.of(
                40,
                RubricItem.of(" ", "出勤", AttendanceRule.of(20)),
                RubricItem.of("notes", "", DeductionRule.of(10, 1)),
                RubricItem.of("x".repeat(33), null, ManualRule.of(10)));
        assertThat(rubric.validate().violations())
                .containsExactly(
                        violation("items[0].id", "项目编号不能为空"),
                        violation("items[1].title", "项目名称不能为空"),
                        violation("items[2].id", "项目编号不能超过32个字符"),
                        violation("items[2].title", "项目名称不能为空"));
    }

    @Test
    void collectsEveryViolationAcrossItemsInRubricOrder() {
        Rubric rubric = new Rubric(
                pts("40"),
                Arrays.asList(
                        RubricItem.of("a", "出勤", null),
                        null,
                        RubricItem.of("a", "作业", TierRule.of(Tier.of("优", 10), Tier.of("良", 10)))));
        assertThat(rubric.validate().violations())
                .containsExactly(
                        violation("items[0].rule", "必须选择计分方式"),
                        violation("items[1]", "考核项目不能为空"),
                        violation("items[2].id", "项目编号“a”与第1项重复"),
                        violation("items[2].rule.tiers[1].points", "档次分值10分重复，档次不能重叠"),
                        violation("declaredTotal", "各项满分之和为10分，与总分40分不符"));
    }

    @Test
    void throwingVariantCarriesEveryViolation() {
        Rubric rubric = Rubric.of(40, attendance(19), RubricItem.of("notes", " ", DeductionRule.of(10, 1)), homework());
        assertThatThrownBy(rubric::requireValid)
                .isInstanceOfSatisfying(InvalidRubricException.class, e -> assertThat(e.violations())
                        .containsExactly(
                                violation("items[1].title", "项目名称不能为空"),
                                violation("declaredTotal", "各项满分之和为39分，与总分40分不符")))
                .hasMessageContaining("items[1].title: 项目名称不能为空");
    }

    @Test
    void keepsTheSchoolsItemOrderAndStoresABlankCategoryAsAbsent() {
        Rubric rubric = Rubric.of(40, homework(), attendance(20), notes());
        assertThat(rubric.items()).extracting(RubricItem::id).containsExactly("homework", "attendance", "notes");
        assertThat(new RubricItem("a", "出勤", "  ", AttendanceRule.of(1)).category())
                .isNull();
        assertThat(rubric.item("notes")).map(RubricItem::category).contains("学习");
        assertThat(List.of(rubric.item("none"))).allMatch(java.util.Optional::isEmpty);
    }
}
