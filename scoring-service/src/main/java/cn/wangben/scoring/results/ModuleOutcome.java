package cn.wangben.scoring.results;

/** How one module stands for one trainee. Only {@link #SCORED} and {@link #MISSED} count towards the online part. */
public enum ModuleOutcome {
    /** Graded and the module's grades are released: the latest grade counts. */
    SCORED,
    /** The cutoff passed without a submission: 0 (逾期不交记0分). */
    MISSED,
    /** Graded, but the county has not released the module's grades yet. */
    AWAITING_RELEASE,
    /** Submitted, not graded yet. */
    AWAITING_GRADE,
    /** Released, yet neither graded nor missed: not counted until it is (provisional). */
    NOT_GRADED,
    /** Nothing yet: the module is still open or its events have not arrived. */
    PENDING;

    public boolean counted() {
        return this == SCORED || this == MISSED;
    }
}
