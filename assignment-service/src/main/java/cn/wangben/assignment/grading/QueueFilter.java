package cn.wangben.assignment.grading;

import cn.wangben.contracts.ids.SchoolId;
import cn.wangben.contracts.ids.TeacherId;

/** The grader's choices for a queue page; any of them may be null. */
public record QueueFilter(ItemStatus status, Boolean flagged, SchoolId school, TeacherId after, Integer size) {}
