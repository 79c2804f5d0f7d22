package cn.wangben.assignment.grading;

/** Where one teacher's essay of a module stands in the grading queue. */
public enum ItemStatus {
    /** The latest attempt awaits a grade (again, if a later attempt replaced a graded one). */
    UNGRADED,
    GRADED,
    /** Nothing was submitted by the cutoff: 0 points, nothing to grade. */
    MISSING
}
