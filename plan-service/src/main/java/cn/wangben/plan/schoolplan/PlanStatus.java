package cn.wangben.plan.schoolplan;

/** DRAFT → SUBMITTED → (RETURNED → SUBMITTED)* → APPROVED. */
public enum PlanStatus {
    DRAFT,
    SUBMITTED,
    RETURNED,
    APPROVED
}
