package cn.wangben.scoring.schoolscore;

import static cn.wangben.scoring.schoolscore.SchoolFixtures.emptySheet;
import static cn.wangben.scoring.schoolscore.SchoolFixtures.entriesOfA;
import static cn.wangben.scoring.schoolscore.SchoolFixtures.entriesOfB;
import static cn.wangben.scoring.schoolscore.SchoolFixtures.sheetCase;
import static cn.wangben.scoring.schoolscore.SchoolFixtures.teacher;
import static org.assertj.core.api.Assertions.assertThat;

import cn.wangben.contracts.ids.SchoolId;
import cn.wangben.contracts.ids.TeacherId;
import cn.wangben.scoring.facts.Trainee;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GridCalculatorTest {
    private static final Instant NOW = Instant.parse("2026-12-20T02:00:00Z");

    @Test
    void scoresEveryRuleKindAndScalesTheHundredPointRubricToFortyExactly() {
        ScoreSheet sheet = emptySheet();
        entriesOfA().forEach((item, entry) -> sheet.enter("ka", item, entry));
        entriesOfB().forEach((item, entry) -> sheet.enter("kb", item, entry));
        sheet.recordActivity(1, Set.of("ka", "kb"), "admin", NOW);
        sheet.recordActivity(2, Set.of("kb"), "admin", NOW);
        sheet.recordActivity(3, Set.of("ka", "kb"), "admin", NOW);

        Grid grid = compute(sheet, Map.of());

        GridRow a = grid.row("ka").orElseThrow();
        // 20 × 2/3 = 13.33… → 13.3 (rounded at the item); 10 − 2 = 8; 10 − 5 = 5; 二档 15; 一级 15; 3 × 2 = 6; 12.5
        assertThat(a.items())
                .extracting(ItemCell::points)
                .containsExactly(
                        pts("13.3"), pts("8.0"), pts("5.0"), pts("15.0"), pts("15.0"), pts("6.0"), pts("12.5"));
        assertThat(a.rawTotal()).isEqualTo(pts("74.8"));
        assertThat(a.schoolScore()).isEqualTo(pts("29.9")); // 74.8 × 40 / 100 = 29.92
        GridRow b = grid.row("kb").orElseThrow();
        // 20; 10; 10 (nothing deducted); 一档 20; 一级 15; 2 + 5 = 7; 15
        assertThat(b.rawTotal()).isEqualTo(pts("97.0"));
        assertThat(b.schoolScore()).isEqualTo(pts("38.8"));
        assertThat(grid.declaredTotal()).isEqualByComparingTo("100");
        assertThat(grid.schoolPoints()).isEqualByComparingTo("40");
        assertThat(grid.columns())
                .extracting(SheetColumn::input)
                .containsExactly(
                        InputKind.ATTENDANCE,
                        InputKind.COUNT,
                        InputKind.COUNTS,
                        InputKind.CHOICE,
                        InputKind.CHOICE,
                        InputKind.COUNTS,
                        InputKind.POINTS);
        assertThat(grid.scored()).isEqualTo(2);
    }

    @Test
    void aHalfFilledRowShowsTheItemsEnteredButNoTotal() {
        ScoreSheet sheet = emptySheet();
        sheet.enter("ka", "lesson", ItemEntry.choice("三档"));

        GridRow a = compute(sheet, Map.of()).row("ka").orElseThrow();

        assertThat(a.complete()).isFalse();
        assertThat(a.rawTotal()).isNull();
        assertThat(a.schoolScore()).isNull();
        assertThat(a.items().get(0).points()).isEqualTo(pts("0.0")); // attendance: nothing recorded yet
        assertThat(a.items().get(3).points()).isEqualTo(pts("10.0"));
        assertThat(a.missingItems(compute(sheet, Map.of()).columns()))
                .containsExactly("学习十九大精神", "师德师风", "一师一优课", "班级管理", "读书交流会");
    }

    @Test
    void anEntryTheRubricRefusesShowsTheLibrarysMessageOnItsItem() {
        ScoreSheet sheet = emptySheet();
        sheet.enter("ka", "lesson", ItemEntry.choice("四档"));
        sheet.enter("ka", "reading", ItemEntry.points("15.5"));
        sheet.enter("ka", "politics", new ItemEntry(null, new BigDecimal("1.5"), null, null));

        GridRow a = compute(sheet, Map.of()).row("ka").orElseThrow();

        assertThat(a.items().get(3).problems()).containsExactly("“新教师汇报课”：没有名为“四档”的档次");
        assertThat(a.items().get(6).problems()).containsExactly("“读书交流会”：分数不能超过满分15分");
        assertThat(a.items().get(1).problems()).containsExactly("“学习十九大精神”：次数必须是整数");
    }

    @Test
    void exemptTeachersHaveNoRowAndEnrolledOnesCarryTheirAccount() {
        Map<String, Trainee> trainees = Map.of(
                "ka", new Trainee("ka", SchoolId.of("s1"), TeacherId.of("t-a"), null),
                "kb", new Trainee("kb", SchoolId.of("s1"), null, "国培送教"));

        Grid grid = compute(emptySheet(), trainees);

        assertThat(grid.rows()).extracting(GridRow::teacherKey).containsExactly("ka", "kc");
        assertThat(grid.row("ka").orElseThrow().teacherId()).isEqualTo(TeacherId.of("t-a"));
        assertThat(grid.row("kc").orElseThrow().teacherId()).isNull();
    }

    @Test
    void aCancelledSchoolGivesEveryTraineeZeroWithTheReason() {
        ScoreSheet sheet = emptySheet();
        entriesOfB().forEach((item, entry) -> sheet.enter("kb", item, entry));

        Grid grid = GridCalculator.compute(sheetCase(sheet, roster(), Map.of(), true));

        assertThat(grid.status()).isEqualTo(SheetStatus.CANCELLED);
        assertThat(grid.rows()).allSatisfy(row -> {
            assertThat(row.schoolScore()).isEqualTo(pts("0.0"));
            assertThat(row.reason()).isEqualTo("逾期未提交计划或名册，校本研修按取消处理");
            assertThat(row.complete()).isTrue();
        });
    }

    @Test
    void theStatusFollowsTheSheetAndAnOverdueFlagCountsOnlyForTheCurrentDeadline() {
        ScoreSheet sheet = emptySheet();
        assertThat(compute(sheet, Map.of()).status()).isEqualTo(SheetStatus.NOT_STARTED);
        sheet.recordActivity(1, Set.of(), "admin", NOW);
        assertThat(compute(sheet, Map.of()).status()).isEqualTo(SheetStatus.IN_PROGRESS);
        sheet.flagOverdue(SchoolFixtures.DEADLINE.minusSeconds(86400)); // flagged for a deadline since moved later
        assertThat(compute(sheet, Map.of()).status()).isEqualTo(SheetStatus.IN_PROGRESS);
        assertThat(sheet.flagOverdue(SchoolFixtures.DEADLINE)).isTrue();
        assertThat(compute(sheet, Map.of()).status()).isEqualTo(SheetStatus.OVERDUE);
        sheet.report("admin", NOW);
        assertThat(compute(sheet, Map.of()).status()).isEqualTo(SheetStatus.REPORTED);
    }

    @Test
    void aRubricThatCannotBeScoredIsReportedOnTheGridInsteadOfFailing() {
        ScoreSheet sheet = emptySheet();
        SheetCase good = sheetCase(sheet, roster(), Map.of(), false);
        var broken = new cn.wangben.contracts.plan.RubricSpec(
                BigDecimal.valueOf(40), good.plan().orElseThrow().rubric().items());
        SheetCase c = new SheetCase(
                good.programme(),
                good.school(),
                good.plan()
                        .map(p -> new cn.wangben.scoring.facts.ApprovedPlan(
                                p.county(),
                                p.programme(),
                                p.school(),
                                p.planId(),
                                broken,
                                p.activities(),
                                p.approvedAt())),
                good.roster(),
                good.trainees(),
                good.standing(),
                sheet);

        Grid grid = GridCalculator.compute(c);

        assertThat(grid.rubric()).isNull();
        assertThat(grid.rubricProblem()).startsWith("已审核的考核细则无法用于评分：").contains("与总分40分不符");
    }

    static List<cn.wangben.contracts.plan.RosteredTeacher> roster() {
        return List.of(teacher("ka", "李文"), teacher("kb", "王芳"), teacher("kc", "张伟"), teacher("ka", "李文"));
    }

    private static Grid compute(ScoreSheet sheet, Map<String, Trainee> trainees) {
        return GridCalculator.compute(sheetCase(sheet, roster(), trainees, false));
    }

    private static BigDecimal pts(String value) {
        return new BigDecimal(value);
    }
}
