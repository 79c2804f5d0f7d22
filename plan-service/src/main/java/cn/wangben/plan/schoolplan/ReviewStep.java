package cn.wangben.plan.schoolplan;

import java.time.Instant;

/** One recorded step of the review chain: who did what, when, with which comment. */
public record ReviewStep(String action, String by, Instant at, String comment) {}
