package cn.wangben.contracts.plan;

import java.time.LocalDate;

/**
 * One school assignment (研修作业) of an approved plan: assignment-service opens it to the school's teachers, due at the
 * end (24:00) of {@code dueDate} in the programme's time zone. {@code number} is its 1-based position in the plan.
 */
public record PlannedAssignment(int number, String title, String requirement, LocalDate dueDate) {}
