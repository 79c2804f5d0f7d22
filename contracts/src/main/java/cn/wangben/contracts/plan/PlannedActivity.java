package cn.wangben.contracts.plan;

import java.time.LocalDate;

/**
 * One activity of an approved school plan, as scoring-service records attendance against it. {@code number} is its
 * 1-based position in the plan's schedule, stable for that approved plan.
 */
public record PlannedActivity(int number, LocalDate startDate, LocalDate endDate, String content) {}
