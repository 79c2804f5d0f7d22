package cn.wangben.plan.schoolplan;

import java.time.LocalDate;

/** A school assignment (研修作业) the school sets its teachers, due on a day of the programme period. */
public record SchoolAssignment(String title, String requirement, LocalDate dueDate) {}
