package cn.wangben.scoring.schoolscore;

/** Where a school's score sheet stands, as the county's list shows it. */
public enum SheetStatus {
    /** Nothing entered or recorded yet. */
    NOT_STARTED,
    /** Entries or attendance recorded, not reported. */
    IN_PROGRESS,
    /** Reported to the county and locked. */
    REPORTED,
    /** Not reported by the programme's school scoring deadline (flagged by the deadline sweep). */
    OVERDUE,
    /** The school's school-based part was cancelled: every trainee gets 0. */
    CANCELLED
}
