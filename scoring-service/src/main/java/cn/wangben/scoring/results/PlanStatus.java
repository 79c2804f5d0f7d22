package cn.wangben.scoring.results;

/** Where a school's plan (校本研修计划) is in its review, from plan-service's events; the latest step wins. */
public enum PlanStatus {
    NONE,
    SUBMITTED,
    RETURNED,
    APPROVED;

    /** Breaks a tie between two steps stamped with the same instant, so the outcome does not depend on arrival. */
    public int rank() {
        return ordinal();
    }
}
