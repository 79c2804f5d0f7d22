package cn.wangben.scoring.dashboard;

/**
 * A named reason a school is at risk, with what to chase in Chinese.
 *
 * @param rule {@code PLAN_MISSING}, {@code ROSTER_MISSING}, {@code LOW_SUBMISSIONS}, {@code SHEET_NOT_REPORTED} or
 *     {@code SCHOOL_CANCELLED}
 */
public record Risk(String rule, String detail) {}
