package cn.wangben.plan.roster;

/** A school's imported roster is current until the school imports another one for the same programme. */
public enum RosterStatus {
    IMPORTED,
    SUPERSEDED
}
