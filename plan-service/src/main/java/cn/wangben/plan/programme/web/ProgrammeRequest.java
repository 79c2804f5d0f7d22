package cn.wangben.plan.programme.web;

import cn.wangben.plan.programme.ProgrammeSettings;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

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
        @PositiveOrZero(message = "不能为负数") Integer cycleHoursTarget) {

    static final String DEFAULT_ZONE = "Asia/Shanghai";
    static final int DEFAULT_ONLINE = 60;
    static final int DEFAULT_SCHOOL = 40;
    static final int DEFAULT_TOTAL = 100;
    static final int DEFAULT_PASS = 60;
    static final int DEFAULT_HOURS = 36;
    static final int DEFAULT_CYCLE_HOURS = 360;

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
                or(cycleHoursTarget, DEFAULT_CYCLE_HOURS));
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
