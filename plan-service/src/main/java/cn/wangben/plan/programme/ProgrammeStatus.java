package cn.wangben.plan.programme;

public enum ProgrammeStatus {
    DRAFT,
    PUBLISHED
}
