package cn.wangben.assignment.grading;

/** Counts of the part of a module the caller may see, for the queue's header and the release decision. */
public record QueueSummary(long ungraded, long graded, long missing, long flagged, boolean released) {}
