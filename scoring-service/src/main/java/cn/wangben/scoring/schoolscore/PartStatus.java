package cn.wangben.scoring.schoolscore;

/** How final a trainee's school part is. */
public enum PartStatus {
    /** Scored on a sheet not reported yet: may still change. */
    PROVISIONAL,
    /** On a reported (locked) sheet: changes only by an approved correction. */
    REPORTED,
    /** The school was cancelled: 0 points, with the reason. */
    CANCELLED
}
