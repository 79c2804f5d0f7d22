package cn.wangben.plan.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.wangben.platform.domain.DomainException;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
        assertRefused(Map.of("schoolPoints", 39), "totalPoints", "之和必须等于总分");
    }

    @Test
    void refusesAPeriodThatEndsBeforeItStarts() {
        assertRefused(Map.of("periodStart", END, "periodEnd", START), "periodEnd", "不能早于开始日期");
    }

    @Test
    void acceptsEnrollmentCutoffAtTheFirstInstantOfThePeriodButNotOneMillisecondEarlier() {
        Instant firstInstant = START.atStartOfDay(SHANGHAI).toInstant();
        noticeWith(Map.of("enrollmentCutoff", firstInstant));

        assertRefused(Map.of("enrollmentCutoff", firstInstant.minusMillis(1)), "enrollmentCutoff", "研修周期之内");
    }

    @Test
    void refusesAScoringDeadlineAfterTwentyFourHundredOfTheLastDay() {
        Instant lastInstant = END.plusDays(1).atStartOfDay(SHANGHAI).toInstant();
        noticeWith(Map.of("schoolScoringDeadline", lastInstant));

        assertRefused(Map.of("schoolScoringDeadline", lastInstant.plusMillis(1)), "schoolScoringDeadline", "24:00");
    }

    @Test
    void refusesAPassMarkAboveTheTotal() {
        assertRefused(Map.of("passMark", 101), "passMark", "不超过总分");
    }

    @Test
    void refusesABlankName() {
        assertRefused(Map.of("name", "  "), "name", "不能为空");
    }

    @Test
    void refusesSchoolDeadlinesOutOfOrder() {
        assertRefused(Map.of("schoolPlanDeadline", ENROLLMENT_CUTOFF.minusMillis(1)), "schoolPlanDeadline", "报名截止");
        assertRefused(Map.of("schoolScoringDeadline", PLAN_DEADLINE), "schoolScoringDeadline", "必须晚于");
    }

    @Test
    void refusesDuplicateExemptionCategories() {
        assertRefused(Map.of("exemptionCategories", List.of("国培送教", "国培送教")), "exemptionCategories", "不能重复");
    }

    private static void assertRefused(Map<String, Object> changes, String field, String message) {
        assertThatThrownBy(() -> noticeWith(changes)).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.getMessage()).contains(message);
        });
    }

    /** The notice's settings with some components replaced, through the canonical constructor (and its rules). */
    static ProgrammeSettings noticeWith(Map<String, Object> changes) {
        ProgrammeSettings notice = notice();
        Map<String, Object> values = new LinkedHashMap<>();
        RecordComponent[] components = ProgrammeSettings.class.getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        try {
            for (int i = 0; i < components.length; i++) {
                values.put(components[i].getName(), components[i].getAccessor().invoke(notice));
                types[i] = components[i].getType();
            }
            values.putAll(changes);
            return ProgrammeSettings.class
                    .getDeclaredConstructor(types)
                    .newInstance(values.values().toArray());
        } catch (java.lang.reflect.InvocationTargetException e) {
            throw (RuntimeException) e.getCause();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
