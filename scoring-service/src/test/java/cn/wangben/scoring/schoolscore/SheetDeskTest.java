package cn.wangben.scoring.schoolscore;

import static cn.wangben.scoring.schoolscore.Desks.PROGRAMME;
import static cn.wangben.scoring.schoolscore.Desks.SCHOOL;
import static cn.wangben.scoring.schoolscore.Desks.countyAdmin;
import static cn.wangben.scoring.schoolscore.Desks.schoolAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.wangben.contracts.ids.SchoolId;
import cn.wangben.platform.domain.DomainException;
import cn.wangben.platform.domain.DomainException.Violation;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SheetDeskTest {
    private final Desks desks = new Desks();

    @Test
    void rowsAreStoredAllOrNothingAndEveryProblemNamesTheTraineeAndTheItem() {
        Map<String, ItemEntry> bad = new LinkedHashMap<>();
        bad.put("lesson", ItemEntry.choice("四档"));
        bad.put("politics", new ItemEntry(null, new BigDecimal("2.5"), null, null));
        bad.put("attendance", ItemEntry.points("20"));
        bad.put("homework", ItemEntry.choice("优"));
        bad.put("ethics", ItemEntry.counts(Map.of("很严重", 1)));
        List<RowChange> rows = List.of(
                RowChange.ofRequest(0, "ka", SchoolFixtures.entriesOfA()),
                RowChange.ofRequest(1, "kb", bad),
                RowChange.ofRequest(2, "nobody", Map.of()));

        assertThatThrownBy(() -> desks.sheet.enter(schoolAdmin("s1"), PROGRAMME, SCHOOL, rows))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.violations())
                        .containsExactly(
                                new Violation("rows[1].inputs.lesson", "学员 kb（王芳）：“新教师汇报课”：没有名为“四档”的档次"),
                                new Violation("rows[1].inputs.politics", "学员 kb（王芳）：“学习十九大精神”：次数必须是整数"),
                                new Violation("rows[1].inputs.attendance", "学员 kb（王芳）：“出勤”：出勤项按出勤记录自动计算，不能直接填写"),
                                new Violation("rows[1].inputs.homework", "学员 kb（王芳）：考核细则中没有编号为“homework”的项目"),
                                new Violation("rows[1].inputs.ethics", "学员 kb（王芳）：“师德师风”：没有名为“很严重”的情节"),
                                new Violation("rows[2]", "学员 nobody：本校名册中没有该学员，或该学员已免修")));
        assertThat(desks.sheets.stored).isEmpty(); // 李文's valid row was not stored either
    }

    @Test
    void aFilledInSheetShowsExactTotalsAndProvisionalPartsForTheCounty() {
        Grid grid = desks.fillIn();

        assertThat(grid.row("ka").orElseThrow().schoolScore()).isEqualTo(new BigDecimal("29.9"));
        assertThat(grid.row("kb").orElseThrow().schoolScore()).isEqualTo(new BigDecimal("38.8"));
        assertThat(desks.board.part(Desks.COUNTY, PROGRAMME, SCHOOL, "ka").orElseThrow())
                .satisfies(part -> {
                    assertThat(part.status()).isEqualTo(PartStatus.PROVISIONAL);
                    assertThat(part.points()).isEqualTo(new BigDecimal("29.9"));
                    assertThat(part.rawTotal()).isEqualTo(new BigDecimal("74.8"));
                    assertThat(part.teacherId().value()).isEqualTo("t-a");
                    assertThat(part.items()).hasSize(7);
                });
        assertThat(desks.board.summaries.get(SCHOOL).status()).isEqualTo(SheetStatus.IN_PROGRESS);
    }

    @Test
    void theReportIsRefusedListingEveryTraineeNotFullyScoredAndEveryActivityWithoutAttendance() {
        desks.sheet.enter(
                schoolAdmin("s1"),
                PROGRAMME,
                SCHOOL,
                List.of(RowChange.ofRequest(0, "ka", SchoolFixtures.entriesOfA())));

        assertThatThrownBy(() -> desks.sheet.report(schoolAdmin("s1"), PROGRAMME, SCHOOL))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.violations())
                        .containsExactly(
                                new Violation("attendance", "以下计划活动尚未记录出勤：第1项、第2项、第3项"),
                                new Violation("rows[kb]", "学员王芳尚未评分完整：学习十九大精神、师德师风、新教师汇报课、一师一优课、班级管理、读书交流会")));
        assertThat(desks.sheets.stored.get(SCHOOL).reported()).isFalse();
    }

    @Test
    void aReportedSheetIsLockedAndItsPartsAreReported() {
        desks.fillIn();

        Grid reported = desks.sheet.report(schoolAdmin("s1"), PROGRAMME, SCHOOL);

        assertThat(reported.status()).isEqualTo(SheetStatus.REPORTED);
        assertThat(reported.reportedBy()).isEqualTo("admin-s1");
        assertThat(desks.board.parts(Desks.COUNTY, PROGRAMME)).allMatch(p -> p.status() == PartStatus.REPORTED);
        List<RowChange> change = List.of(RowChange.ofRequest(0, "ka", Map.of("lesson", ItemEntry.choice("一档"))));
        assertThatThrownBy(() -> desks.sheet.enter(schoolAdmin("s1"), PROGRAMME, SCHOOL, change))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.code()).isEqualTo("sheet-locked"))
                .hasMessageContaining("请提交更正申请");
        assertThatThrownBy(() -> desks.attendance.recordTeachers(
                        schoolAdmin("s1"), PROGRAMME, SCHOOL, List.of(new TeacherPresence("ka", List.of(1, 2, 3)))))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.code()).isEqualTo("sheet-locked"));
    }

    @Test
    void beforeThePlanIsApprovedTheSheetAnswersAConflictInChinese() {
        desks.facts.plans.clear();

        assertThatThrownBy(() -> desks.sheet.grid(schoolAdmin("s1"), PROGRAMME, SCHOOL))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.kind()).isEqualTo(DomainException.Kind.CONFLICT);
                    assertThat(e.code()).isEqualTo("plan-not-approved");
                })
                .hasMessage("该校的校本研修计划尚未通过县（区）审核，审核通过后才能记录出勤和评分");
    }

    @Test
    void aSchoolAdminReachesOnlyTheirSchoolAndAnotherCountyFindsNothing() {
        assertThatThrownBy(() -> desks.sheet.grid(schoolAdmin("s2"), PROGRAMME, SCHOOL))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.FORBIDDEN));
        assertThatThrownBy(() -> desks.sheet.grid(countyAdmin("yunshui"), PROGRAMME, SCHOOL))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.NOT_FOUND));
        assertThat(desks.sheet
                        .grid(countyAdmin("qingshan"), PROGRAMME, SchoolId.of("s1"))
                        .rows())
                .hasSize(2);
    }

    @Test
    void attendanceIsOnlyForRosteredTraineesAndPlannedActivities() {
        List<ActivityPresence> activities = List.of(
                new ActivityPresence(1, List.of("ka", "stranger")),
                new ActivityPresence(4, List.of()),
                new ActivityPresence(1, List.of()));

        assertThatThrownBy(() -> desks.attendance.recordActivities(schoolAdmin("s1"), PROGRAMME, SCHOOL, activities))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.violations())
                        .containsExactly(
                                new Violation("activities[0].present[1]", "“stranger”不是本校名册中的学员，或该学员已免修"),
                                new Violation("activities[1].number", "校本研修计划中没有第4项活动（共3项）"),
                                new Violation("activities[2].number", "第1项活动在本次提交中重复出现")));
        assertThat(desks.sheets.stored).isEmpty();
    }
}
