package cn.wangben.plan.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.wangben.platform.domain.DomainException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgrammeSettingsTest {
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final LocalDate START = LocalDate.of(2026, 12, 5);
    static final LocalDate END = LocalDate.of(2026, 12, 31);
    /** 12-08 24:00 Beijing time, as the notice writes it. */
    static final Instant ENROLLMENT_CUTOFF = Instant.parse("2026-12-08T16:00:00Z");
    /** 12-13 24:00 and 12-29 24:00 Beijing time. */
    static final Instant PLAN_DEADLINE = Instant.parse("2026-12-13T16:00:00Z");

    static final Instant SCORING_DEADLINE = Instant.parse("2026-12-29T16:00:00Z");

    static ProgrammeSettings notice() {
        return new ProgrammeSettings(
                "2026-2027第一学期教师网本研修",
                START,
                END,
                SHANGHAI,
                ENROLLMENT_CUTOFF,
                60,
                40,
                100,
                60,
                36,
                360,
                PLAN_DEADLINE,
                SCORING_DEADLINE,
                List.of("国培送教"));
    }

    @Test
    void acceptsTheCountyNoticeFigures() {
        assertThat(notice().totalPoints()).isEqualTo(100);
    }

    @Test
    void refusesPointsThatDoNotAddUpToTheTotal() {
        assertThatThrownBy(() -> new ProgrammeSettings(
                        "x",
                        START,
                        END,
                        SHANGHAI,
                        ENROLLMENT_CUTOFF,
                        60,
                        39,
                        100,
                        60,
                        36,
                        360,
                        PLAN_DEADLINE,
                        SCORING_DEADLINE,
                        List.of()))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.field()).isEqualTo("totalPoints");
                    assertThat(e.getMessage()).contains("之和必须等于总分");
                });
    }

    @Test
    void refusesAPeriodThatEndsBeforeItStarts() {
        assertThatThrownBy(() -> new ProgrammeSettings(
                        "x",
                        END,
                        START,
                        SHANGHAI,
                        ENROLLMENT_CUTOFF,
                        60,
                        40,
                        100,
                        60,
                        36,
                        360,
                        PLAN_DEADLINE,
                        SCORING_DEADLINE,
                        List.of("国培送教")))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.field()).isEqualTo("periodEnd"));
    }

    @Test
    void acceptsEnrollmentCutoffAtTheFirstInstantOfThePeriodButNotOneMillisecondEarlier() {
        Instant firstInstant = START.atStartOfDay(SHANGHAI).toInstant();
        new ProgrammeSettings(
                "x",
                START,
                END,
                SHANGHAI,
                firstInstant,
                60,
                40,
                100,
                60,
                36,
                360,
                PLAN_DEADLINE,
                SCORING_DEADLINE,
                List.of());

        assertThatThrownBy(() -> new ProgrammeSettings(
                        "x",
                        START,
                        END,
                        SHANGHAI,
                        firstInstant.minusMillis(1),
                        60,
                        40,
                        100,
                        60,
                        36,
                        360,
                        PLAN_DEADLINE,
                        SCORING_DEADLINE,
                        List.of()))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.field()).isEqualTo("enrollmentCutoff"));
    }

    @Test
    void refusesAScoringDeadlineAfterTwentyFourHundredOfTheLastDay() {
        Instant lastInstant = END.plusDays(1).atStartOfDay(SHANGHAI).toInstant();
        new ProgrammeSettings(
                "x",
                START,
                END,
                SHANGHAI,
                ENROLLMENT_CUTOFF,
                60,
                40,
                100,
                60,
                36,
                360,
                PLAN_DEADLINE,
                lastInstant,
                List.of());

        assertThatThrownBy(() -> new ProgrammeSettings(
                        "x",
                        START,
                        END,
                        SHANGHAI,
                        ENROLLMENT_CUTOFF,
                        60,
                        40,
                        100,
                        60,
                        36,
                        360,
                        PLAN_DEADLINE,
                        lastInstant.plusMillis(1),
                        List.of()))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.field()).isEqualTo("schoolScoringDeadline"));
    }

    @Test
    void refusesAPassMarkAboveTheTotal() {
        assertThatThrownBy(() -> new ProgrammeSettings(
                        "x",
                        START,
                        END,
                        SHANGHAI,
                        ENROLLMENT_CUTOFF,
                        60,
                        40,
                        100,
                        101,
                        36,
                        360,
                        PLAN_DEADLINE,
                        SCORING_DEADLINE,
                        List.of()))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.field()).isEqualTo("passMark"));
    }

    @Test
    void refusesABlankName() {
        assertThatThrownBy(() -> new ProgrammeSettings(
                        "  ",
                        START,
                        END,
                        SHANGHAI,
                        ENROLLMENT_CUTOFF,
                        60,
                        40,
                        100,
                        60,
                        36,
                        360,
                        PLAN_DEADLINE,
                        SCORING_DEADLINE,
                        List.of("国培送教")))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.field()).isEqualTo("name"));
    }

    @Test
    void refusesSchoolDeadlinesOutOfOrder() {
        assertThatThrownBy(() -> new ProgrammeSettings(
                        "x",
                        START,
                        END,
                        SHANGHAI,
                        ENROLLMENT_CUTOFF,
                        60,
                        40,
                        100,
                        60,
                        36,
                        360,
                        ENROLLMENT_CUTOFF.minusMillis(1),
                        SCORING_DEADLINE,
                        List.of()))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.field()).isEqualTo("schoolPlanDeadline"));
        assertThatThrownBy(() -> new ProgrammeSettings(
                        "x",
                        START,
                        END,
                        SHANGHAI,
                        ENROLLMENT_CUTOFF,
                        60,
                        40,
                        100,
                        60,
                        36,
                        360,
                        PLAN_DEADLINE,
                        PLAN_DEADLINE,
                        List.of()))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.field()).isEqualTo("schoolScoringDeadline"));
    }

    @Test
    void refusesDuplicateExemptionCategories() {
        assertThatThrownBy(() -> new ProgrammeSettings(
                        "x",
                        START,
                        END,
                        SHANGHAI,
                        ENROLLMENT_CUTOFF,
                        60,
                        40,
                        100,
                        60,
                        36,
                        360,
                        PLAN_DEADLINE,
                        SCORING_DEADLINE,
                        List.of("国培送教", "国培送教")))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.field()).isEqualTo("exemptionCategories"));
    }
}
