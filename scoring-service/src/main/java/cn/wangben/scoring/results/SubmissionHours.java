package cn.wangben.scoring.results;

import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.ModuleId;
import cn.wangben.contracts.ids.SubmissionId;
import java.time.Instant;
import java.util.Map;

/** Accepted submissions per hour and module, for the deadline spike; counted once per submission id. */
public interface SubmissionHours {
    void record(CountyId county, ModuleId module, SubmissionId submission, Instant hourStart);

    /** Counts by the hour's start, for hours starting in {@code [from, to)}; hours without any are absent. */
    Map<Instant, Integer> counts(CountyId county, ModuleId module, Instant from, Instant to);
}
