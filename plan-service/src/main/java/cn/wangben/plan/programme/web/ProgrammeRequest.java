package cn.wangben.plan.programme.web;

import cn.wangben.plan.programme.ProgrammeSettings;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

/**
 * A programme as the county fills it in. Point settings may be left out: they default to the county notice's
 * figures, which the form shows pre-filled.
 */
record ProgrammeRequest(
        @NotBlank(message = "项目名称不能为空") String name,
        @NotNull(message = "请填写研修开始日期") LocalDate periodStart,
        @NotNull(message = "请填写研修结束日期") LocalDate periodEnd,
        String timeZone,

        @NotNull(message = "请填写报名截止时间（含时区，如 2026-12-09T00:00+08:00）")
        OffsetDateTime enrollmentCutoff,

        @PositiveOrZero(message = "不能为负数") Integer onlinePoints,
        @PositiveOrZero(message = "不能为负数") Integer schoolPoints,
        @PositiveOrZero(message = "不能为负数") Integer totalPoints,
        @PositiveOrZero(message = "不能为负数") Integer passMark,
        @PositiveOrZero(message = "不能为负数") Integer creditedHours,
        @PositiveOrZero(message = "不能为负数") Integer cycleHoursTarget,
        OffsetDateTime schoolPlanDeadline,
        OffsetDateTime schoolScoringDeadline,
        List<String> exemptionCategories) {

    static final String DEFAULT_ZONE = "Asia/Shanghai";
    static final int DEFAULT_ONLINE = 60;
    static final int DEFAULT_SCHOOL = 40;
    static final int DEFAULT_TOTAL = 100;
    static final int DEFAULT_PASS = 60;
    static final int DEFAULT_HOURS = 36;
    static final int DEFAULT_CYCLE_HOURS = 360;
    /** The notice: enrollment by 12-08 24:00, plans and rosters five days later (12-13 24:00). */
    static final int DEFAULT_PLAN_DAYS_AFTER_ENROLLMENT = 5;
    /** The notice: the period ends 12-31; school scores are reported by 12-29 24:00, two days before its end. */
    static final int DEFAULT_SCORING_DAYS_BEFORE_END = 2;
    /** The notice's exemption reasons: another programme this term, or the cycle's hours already held. */
    static final List<String> DEFAULT_EXEMPTIONS = List.of("国培送教", "校园长培训", "三学活动", "新教材培训", "新教师培训", "已满周期学时");

    ProgrammeSettings toSettings() {
        return new ProgrammeSettings(
                name,
                periodStart,
                periodEnd,
                zone(),
                enrollmentCutoff.toInstant(),
                or(onlinePoints, DEFAULT_ONLINE),
                or(schoolPoints, DEFAULT_SCHOOL),
                or(totalPoints, DEFAULT_TOTAL),
                or(passMark, DEFAULT_PASS),
                or(creditedHours, DEFAULT_HOURS),
                or(cycleHoursTarget, DEFAULT_CYCLE_HOURS),
                schoolPlanDeadline != null
                        ? schoolPlanDeadline.toInstant()
                        : enrollmentCutoff
                                .toInstant()
                                .plus(java.time.Duration.ofDays(DEFAULT_PLAN_DAYS_AFTER_ENROLLMENT)),
                schoolScoringDeadline != null
                        ? schoolScoringDeadline.toInstant()
                        : periodEnd
                                .plusDays(1 - DEFAULT_SCORING_DAYS_BEFORE_END)
                                .atStartOfDay(zone())
                                .toInstant(),
                exemptionCategories == null ? DEFAULT_EXEMPTIONS : exemptionCategories);
    }

    private ZoneId zone() {
        String id = timeZone == null || timeZone.isBlank() ? DEFAULT_ZONE : timeZone;
        try {
            return ZoneId.of(id);
        } catch (java.time.DateTimeException e) {
            throw cn.wangben.platform.domain.DomainException.ruleViolated(
                    "invalid-programme", "timeZone", "时区 " + id + " 无法识别");
        }
    }

    private static int or(Integer value, int fallback) {
        return value == null ? fallback : value;
    }
}
