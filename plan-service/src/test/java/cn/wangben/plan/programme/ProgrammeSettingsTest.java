package cn.wangben.plan.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.wangben.platform.domain.DomainException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class ProgrammeSettingsTest {
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final LocalDate START = LocalDate.of(2026, 12, 5);
    static final LocalDate END = LocalDate.of(2026, 12, 31);
    /** 12-08 24:00 Beijing time, as the notice writes it. */
    static final Instant ENROLLMENT_CUTOFF = Instant.parse("2026-12-08T16:00:00Z");

    static ProgrammeSettings notice() {
        return new ProgrammeSettings(
                "2026-2027第一学期教师网本研修", START, END, SHANGHAI, ENROLLMENT_CUTOFF, 60, 40, 100, 60, 36, 360);
    }

    @Test
    void acceptsTheCountyNoticeFigures() {
        assertThat(notice().totalPoints()).isEqualTo(100);
    }

    @Test
    void refusesPointsThatDoNotAddUpToTheTotal() {
        assertThatThrownBy(() ->
                        new ProgrammeSettings("x", START, END, SHANGHAI, ENROLLMENT_CUTOFF, 60, 39, 100, 60, 36, 360))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.field()).isEqualTo("totalPoints");
                    assertThat(e.getMessage()).contains("之和必须等于总分");
                });
    }

    @Test
    void refusesAPeriodThatEndsBeforeItStarts() {
        assertThatThrownBy(() ->
                        new ProgrammeSettings("x", END, START, SHANGHAI, ENROLLMENT_CUTOFF, 60, 40, 100, 60, 36, 360))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.field()).isEqualTo("periodEnd"));
    }

    @Test
    void acceptsEnrollmentCutoffAtTwentyFourHundredOfTheLastDayButNotOneMillisecondLater() {
        Instant lastInstant = END.plusDays(1).atStartOfDay(SHANGHAI).toInstant();
        new ProgrammeSettings("x", START, END, SHANGHAI, lastInstant, 60, 40, 100, 60, 36, 360);

        assertThatThrownBy(() -> new ProgrammeSettings(
                        "x", START, END, SHANGHAI, lastInstant.plusMillis(1), 60, 40, 100, 60, 36, 360))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.field()).isEqualTo("enrollmentCutoff"));
    }

    @Test
    void refusesAPassMarkAboveTheTotal() {
        assertThatThrownBy(() ->
                        new ProgrammeSettings("x", START, END, SHANGHAI, ENROLLMENT_CUTOFF, 60, 40, 100, 101, 36, 360))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.field()).isEqualTo("passMark"));
    }

    @Test
    void refusesABlankName() {
        assertThatThrownBy(() ->
                        new ProgrammeSettings("  ", START, END, SHANGHAI, ENROLLMENT_CUTOFF, 60, 40, 100, 60, 36, 360))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.field()).isEqualTo("name"));
    }
}
