package cn.wangben.scoring.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.ModuleId;
import cn.wangben.contracts.ids.ProgrammeId;
import cn.wangben.contracts.ids.SchoolId;
import cn.wangben.scoring.results.ModuleTally;
import cn.wangben.scoring.results.OnlineModule;
import cn.wangben.scoring.results.PlanStatus;
import cn.wangben.scoring.results.ProgrammeSettings;
import cn.wangben.scoring.results.ResultTally;
import cn.wangben.scoring.results.SchoolSetup;
import cn.wangben.scoring.results.SchoolStats;
import cn.wangben.scoring.results.SheetState;
import cn.wangben.scoring.schoolscore.SheetStatus;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RiskRulesTest {
    static final CountyId COUNTY = CountyId.of("qingshan");
    static final ProgrammeId PROGRAMME = ProgrammeId.of("p1");
    static final Instant PLAN_DEADLINE = Instant.parse("2026-12-13T16:00:00Z");
    static final Instant SCORING_DEADLINE = Instant.parse("2026-12-29T16:00:00Z");
    static final Instant DUE = Instant.parse("2026-12-15T16:00:00Z");
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final RiskSettings SETTINGS =
            new RiskSettings(Duration.ofHours(48), Duration.ofHours(24), 50, Duration.ofHours(72), SHANGHAI);
    static final ProgrammeSettings PROGRAMME_SETTINGS = new ProgrammeSettings(
            COUNTY, PROGRAMME, "网本研修", SHANGHAI, 60, 40, 60, 36, PLAN_DEADLINE, SCORING_DEADLINE, 0);
    static final OnlineModule MODULE = new OnlineModule(
            COUNTY, PROGRAMME, ModuleId.of("m1"), "队伍建设", DUE.minus(Duration.ofDays(7)), DUE, 20, null);

    @Test
    void aMissingPlanAndRosterAreFlaggedFromFortyEightHoursBeforeTheirDeadlineNotAMillisecondEarlier() {
        SchoolStats nothing = stats(SchoolSetup.none(), 10, 0, null);
        Instant warning = PLAN_DEADLINE.minus(Duration.ofHours(48));

        assertThat(rules(nothing, warning.minusMillis(1))).isEmpty();
        assertThat(rules(nothing, warning)).containsExactly("PLAN_MISSING", "ROSTER_MISSING");
        assertThat(RiskRules.of(nothing, PROGRAMME_SETTINGS, List.of(), warning, SETTINGS)
                        .get(0)
                        .detail())
                .isEqualTo("校本研修计划尚未提交，截止时间 2026-12-14 00:00");
    }

    @Test
    void aReturnedPlanStillCountsAsMissingAndASubmittedOneWithItsRosterDoesNot() {
        Instant now = PLAN_DEADLINE.minusSeconds(60);
        assertThat(rules(stats(setup(PlanStatus.RETURNED, true, false), 10, 0, null), now))
                .containsExactly("PLAN_MISSING");
        assertThat(rules(stats(setup(PlanStatus.SUBMITTED, true, false), 10, 0, null), now))
                .isEmpty();
    }

    @Test
    void fewSubmissionsAreFlaggedOnlyInTheTwentyFourHoursBeforeTheCutoff() {
        SchoolStats four = stats(setup(PlanStatus.APPROVED, true, false), 10, 4, null);
        SchoolStats five = stats(setup(PlanStatus.APPROVED, true, false), 10, 5, null);
        Instant window = DUE.minus(Duration.ofHours(24));

        assertThat(rules(four, window.minusMillis(1))).isEmpty();
        assertThat(rules(four, window)).containsExactly("LOW_SUBMISSIONS");
        assertThat(rules(five, window)).isEmpty(); // 50 % is not below 50 %
        assertThat(rules(four, DUE)).isEmpty(); // after the cutoff the missed essays are the graders' business
    }

    @Test
    void anUnreportedSheetIsFlaggedNearTheScoringDeadlineUnlessReportedOrTheSchoolCancelled() {
        Instant near = SCORING_DEADLINE.minus(Duration.ofHours(72));
        SheetState inProgress = new SheetState(SheetStatus.IN_PROGRESS, 10, 7, null, null);
        SheetState reported = new SheetState(SheetStatus.REPORTED, 10, 10, near, null);

        assertThat(rules(stats(setup(PlanStatus.APPROVED, true, false), 10, 10, inProgress), near.minusMillis(1)))
                .isEmpty();
        List<Risk> risks = RiskRules.of(
                stats(setup(PlanStatus.APPROVED, true, false), 10, 10, inProgress),
                PROGRAMME_SETTINGS,
                List.of(MODULE),
                near,
                SETTINGS);
        assertThat(risks).extracting(Risk::rule).containsExactly("SHEET_NOT_REPORTED");
        assertThat(risks.get(0).detail()).isEqualTo("校本研修成绩尚未报送（已评 7 / 10 人），截止时间 2026-12-30 00:00");
        assertThat(rules(stats(setup(PlanStatus.APPROVED, true, false), 10, 10, reported), near))
                .isEmpty();
    }

    @Test
    void aCancelledSchoolIsFlaggedAsCancelledInsteadOfAsMissingItsPlan() {
        SchoolSetup cancelled = new SchoolSetup(PlanStatus.NONE, null, null, null, 0, true, List.of("PLAN", "ROSTER"));
        List<Risk> risks = RiskRules.of(
                stats(cancelled, 0, 0, null), PROGRAMME_SETTINGS, List.of(MODULE), SCORING_DEADLINE, SETTINGS);

        assertThat(risks).extracting(Risk::rule).containsExactly("SCHOOL_CANCELLED");
        assertThat(risks.get(0).detail()).isEqualTo("校本研修已按取消处理（逾期未提交：计划、学员信息表）");
    }

    private static List<String> rules(SchoolStats stats, Instant now) {
        return RiskRules.of(stats, PROGRAMME_SETTINGS, List.of(MODULE), now, SETTINGS).stream()
                .map(Risk::rule)
                .toList();
    }

    private static SchoolSetup setup(PlanStatus plan, boolean roster, boolean cancelled) {
        return new SchoolSetup(
                plan,
                PLAN_DEADLINE.minusSeconds(86_400),
                null,
                roster ? PLAN_DEADLINE.minusSeconds(86_400) : null,
                10,
                cancelled,
                List.of());
    }

    private static SchoolStats stats(SchoolSetup setup, int enrolled, int submitted, SheetState sheet) {
        ModuleTally tally =
                new ModuleTally(MODULE.id(), submitted, submitted, 0, 0, BigDecimal.ZERO.setScale(1), Map.of());
        return new SchoolStats(
                COUNTY,
                PROGRAMME,
                SchoolId.of("s1"),
                setup,
                sheet,
                enrolled,
                0,
                List.of(tally),
                ResultTally.empty(),
                false);
    }
}
