package cn.wangben.assignment.grading;

import cn.wangben.contracts.ids.SubmissionId;
import java.time.Instant;

/** The attempt an item points at: the teacher's latest accepted essay of the module. */
public record Attempt(SubmissionId submission, int number, Instant submittedAt, int characters) {}
