package cn.wangben.scoring.results;

import static cn.wangben.scoring.results.Scenario.DUE_1;
import static org.assertj.core.api.Assertions.assertThat;

import cn.wangben.scoring.schoolscore.PartStatus;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResultCalculatorTest {
    private static final java.time.Instant EARLY = DUE_1.minusSeconds(3600);

    @Test
    void onlineIsTheSumOfTheModulesAndTheTotalPassesAtSixtyCreditingThirtySixHours() {
        TraineeResult passed = new Scenario()
                .notice(true)
                .enrolled("k1", "t1")
                .graded("t1", 1, "18.5", "优秀", EARLY)
                .graded("t1", 2, "12.0", "良好", EARLY)
                .missed("t1", 3)
                .school("k1", "29.5", PartStatus.REPORTED)
                .reported()
                .row("k1");

        assertThat(passed.onlinePoints()).isEqualByComparingTo("30.5");
        assertThat(passed.totalPoints()).isEqualTo(new BigDecimal("60.0"));
        assertThat(passed.passed()).isTrue();
        assertThat(passed.creditedHours()).isEqualTo(36);
        assertThat(passed.complete()).isTrue();
        assertThat(passed.modules())
                .extracting(ModuleResult::outcome)
                .containsExactly(ModuleOutcome.SCORED, ModuleOutcome.SCORED, ModuleOutcome.MISSED);
    }

    @Test
    void oneTenthBelowThePassMarkFailsAndCreditsNoHours() {
        TraineeResult failed = new Scenario()
                .notice(true)
                .enrolled("k1", "t1")
                .graded("t1", 1, "18.5", "优秀", EARLY)
                .graded("t1", 2, "12.0", "良好", EARLY)
                .missed("t1", 3)
                .school("k1", "29.4", PartStatus.REPORTED)
                .reported()
                .row("k1");

        assertThat(failed.totalPoints()).isEqualTo(new BigDecimal("59.9"));
        assertThat(failed.passed()).isFalse();
        assertThat(failed.creditedHours()).isZero();
    }

    @Test
    void aGradeCountsOnlyOnceItsModuleIsReleasedWhileAMissedCutoffCountsZeroAtOnce() {
        TraineeResult row = new Scenario()
                .notice(false)
                .enrolled("k1", "t1")
                .graded("t1", 1, "18.0", "优秀", EARLY)
                .submitted("t1", 2, EARLY)
                .missed("t1", 3)
                .row("k1");

        assertThat(row.modules())
                .extracting(ModuleResult::outcome)
                .containsExactly(ModuleOutcome.AWAITING_RELEASE, ModuleOutcome.AWAITING_GRADE, ModuleOutcome.MISSED);
        assertThat(row.modules()).extracting(ModuleResult::score).containsExactly(null, null, new BigDecimal("0.0"));
        assertThat(row.onlinePoints()).isEqualTo(new BigDecimal("0.0"));
        assertThat(row.complete()).isFalse();
    }

    @Test
    void aReleasedModuleWithNeitherGradeNorMissedCutoffStaysUncountedSoTheResultStaysProvisional() {
        TraineeResult row = new Scenario()
                .notice(true)
                .enrolled("k1", "t1")
                .graded("t1", 1, "20.0", "优秀", EARLY)
                .graded("t1", 2, "20.0", "优秀", EARLY)
                .school("k1", "40.0", PartStatus.REPORTED)
                .reported()
                .row("k1");

        assertThat(row.modules().get(2).outcome()).isEqualTo(ModuleOutcome.NOT_GRADED);
        assertThat(row.totalPoints()).isEqualTo(new BigDecimal("80.0"));
        assertThat(row.complete()).isFalse();
    }

    @Test
    void exemptTeachersAreShownAsExemptWithoutScoresAndNeverCountAsFailing() {
        SchoolBoard board =
                new Scenario().notice(true).enrolled("k1", "t1").exempt("k2").board();

        TraineeResult exempt = board.rows().get(1);
        assertThat(exempt.exempt()).isTrue();
        assertThat(exempt.totalPoints()).isNull();
        assertThat(exempt.modules()).isEmpty();
        assertThat(board.stats().exempt()).isEqualTo(1);
        assertThat(board.stats().enrolled()).isEqualTo(1);
        assertThat(board.stats().results().trainees()).isEqualTo(1);
    }

    @Test
    void aCancelledSchoolsTraineesGetZeroWithTheReasonEvenBeforeSchoolScoringTookTheCancellation() {
        Scenario s = new Scenario().notice(true).enrolled("k1", "t1");
        s.setup = new SchoolSetup(PlanStatus.NONE, null, null, null, 0, true, List.of("PLAN"));

        TraineeResult row = s.row("k1");
        assertThat(row.schoolPoints()).isEqualTo(new BigDecimal("0.0"));
        assertThat(row.schoolStatus()).isEqualTo(PartStatus.CANCELLED);
        assertThat(row.schoolReason()).isEqualTo("逾期未提交计划或名册，校本研修按取消处理");
    }

    @Test
    void moduleFiguresCountSubmittedOnTimeGradedMissedTheAverageAndTheBands() {
        SchoolBoard board = new Scenario()
                .notice(false)
                .enrolled("k1", "t1")
                .enrolled("k2", "t2")
                .enrolled("k3", "t3")
                .enrolled("k4", "t4")
                .graded("t1", 1, "18.5", "优秀", EARLY)
                .graded("t2", 1, "12.0", "良好", DUE_1.plusSeconds(60))
                .submitted("t3", 1, DUE_1.minusMillis(1))
                .missed("t4", 1)
                .board();

        ModuleTally first = board.stats().modules().get(0);
        assertThat(first.submitted()).isEqualTo(3);
        assertThat(first.onTime()).isEqualTo(2); // t2 came in after the cutoff, with an extension
        assertThat(first.graded()).isEqualTo(2);
        assertThat(first.missed()).isEqualTo(1);
        assertThat(first.average()).isEqualTo(new BigDecimal("15.3")); // 30.5 / 2, HALF_UP
        assertThat(first.bands()).isEqualTo(Map.of("优秀", 1, "良好", 1, "缺交", 1));
    }

    @Test
    void onceFinalizedTheFrozenResultsAreShownInsteadOfTheLiveFacts() {
        Scenario s = new Scenario().notice(true).enrolled("k1", "t1").graded("t1", 1, "20.0", "优秀", EARLY);
        TraineeResult frozen = s.row("k1").finalizedWith(null);
        s.graded("t1", 2, "20.0", "优秀", EARLY);
        s.finals = List.of(frozen);

        SchoolBoard board = s.board();
        assertThat(board.rows()).containsExactly(frozen);
        assertThat(board.stats().finalized()).isTrue();
    }
}
