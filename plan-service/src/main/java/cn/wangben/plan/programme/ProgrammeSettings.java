package cn.wangben.plan.programme;

import static cn.wangben.plan.programme.ProgrammeRules.require;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * The settings of a programme. The figures of the 2019 county notice (60 + 40 = 100, pass at 60, 36 hours, 360 per
 * cycle) are defaults, not constants.
 */
public record ProgrammeSettings(
        String name,
        LocalDate periodStart,
        LocalDate periodEnd,
        ZoneId zone,
        Instant enrollmentCutoff,
        int onlinePoints,
        int schoolPoints,
        int totalPoints,
        int passMark,
        int creditedHours,
        int cycleHoursTarget,
        Instant schoolPlanDeadline,
        Instant schoolScoringDeadline,
        List<String> exemptionCategories) {

    public static final int MAX_NAME_LENGTH = 100;
    public static final int MAX_CATEGORY_LENGTH = 20;

    public ProgrammeSettings {
        require(name != null && !name.isBlank(), "name", "项目名称不能为空");
        name = name.strip();
        require(name.length() <= MAX_NAME_LENGTH, "name", "项目名称不能超过 " + MAX_NAME_LENGTH + " 个字");
        require(periodStart != null, "periodStart", "请填写研修开始日期");
        require(periodEnd != null, "periodEnd", "请填写研修结束日期");
        require(!periodEnd.isBefore(periodStart), "periodEnd", "研修结束日期不能早于开始日期");
        require(zone != null, "timeZone", "请填写时区");
        require(enrollmentCutoff != null, "enrollmentCutoff", "请填写报名截止时间");
        require(
                !enrollmentCutoff.isBefore(startInstant(periodStart, zone))
                        && !enrollmentCutoff.isAfter(endInstant(periodEnd, zone)),
                "enrollmentCutoff",
                "报名截止时间必须在研修周期之内");
        require(onlinePoints >= 0 && schoolPoints >= 0, "onlinePoints", "分值不能为负数");
        require(
                onlinePoints + schoolPoints == totalPoints,
                "totalPoints",
                "网络研修分值（" + onlinePoints + "）与校本研修分值（" + schoolPoints + "）之和必须等于总分（" + totalPoints + "）");
        require(passMark > 0 && passMark <= totalPoints, "passMark", "合格分数必须大于 0 且不超过总分");
        require(creditedHours > 0, "creditedHours", "合格后认定的学时必须大于 0");
        require(cycleHoursTarget >= creditedHours, "cycleHoursTarget", "周期学时目标不能小于本项目认定学时");
        require(schoolPlanDeadline != null, "schoolPlanDeadline", "请填写学校提交计划和名册的截止时间");
        require(schoolScoringDeadline != null, "schoolScoringDeadline", "请填写学校上报校本研修成绩的截止时间");
        require(!schoolPlanDeadline.isBefore(enrollmentCutoff), "schoolPlanDeadline", "学校提交计划和名册的截止时间不能早于报名截止时间");
        require(schoolScoringDeadline.isAfter(schoolPlanDeadline), "schoolScoringDeadline", "成绩上报截止时间必须晚于计划和名册的截止时间");
        require(
                !schoolScoringDeadline.isAfter(endInstant(periodEnd, zone)),
                "schoolScoringDeadline",
                "成绩上报截止时间不能晚于研修结束日期 24:00");
        exemptionCategories = exemptionCategories == null ? List.of() : List.copyOf(exemptionCategories);
        require(
                exemptionCategories.stream()
                        .allMatch(c -> c != null && !c.isBlank() && c.length() <= MAX_CATEGORY_LENGTH),
                "exemptionCategories",
                "免修类别不能为空，且每项不超过 " + MAX_CATEGORY_LENGTH + " 个字");
        require(
                exemptionCategories.stream().distinct().count() == exemptionCategories.size(),
                "exemptionCategories",
                "免修类别不能重复");
    }

    /** The first instant of a day in the programme's zone. */
    static Instant startInstant(LocalDate day, ZoneId zone) {
        return day.atStartOfDay(zone).toInstant();
    }

    /** "24:00" of a day: the first instant of the next day. */
    static Instant endInstant(LocalDate day, ZoneId zone) {
        return day.plusDays(1).atStartOfDay(zone).toInstant();
    }
}
