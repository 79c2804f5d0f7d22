package cn.wangben.scoring.results;

import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.ModuleId;
import java.time.Instant;
import java.util.Map;

/**
 * Accepted submissions (every attempt) per clock hour of a module, for the deadline spike: counters the (teacher,
 * module) facts settle, each attempt counted once.
 */
public interface SubmissionHours {
    /** Counts by the hour's start, for hours starting in {@code [from, to)}; hours without any are absent. */
    Map<Instant, Integer> counts(CountyId county, ModuleId module, Instant from, Instant to);
}
