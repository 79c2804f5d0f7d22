package cn.wangben.plan.standing;

public enum StandingStatus {
    CANCELLED,
    REINSTATED
}
