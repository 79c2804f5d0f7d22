package cn.wangben.assignment.grading;

import cn.wangben.contracts.ids.SubmissionId;
import cn.wangben.contracts.ids.TeacherId;
import java.math.BigDecimal;

/** For the grader only: another teacher's essay of the module that this one nearly copies, or is copied by. */
public record NearCopyFlag(SubmissionId submission, TeacherId teacher, BigDecimal similarity) {}
