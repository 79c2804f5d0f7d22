package cn.wangben.scoring.results;

import cn.wangben.contracts.ids.SchoolId;
import java.time.Instant;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What one (teacher, module) fact adds to its school's and its module's counters: the counters are the sum of these
 * over the stored facts, and each fact remembers the count it last added, so only a change moves a counter.
 *
 * @param school the school the online events named; {@code null} adds nothing (as before, such work is in no school)
 * @param scoreTenths the graded score in tenths of a point (scores have one place, so this is exact)
 * @param band the band the work shows under (the grader's, or 缺交), {@code null} for none
 * @param hours accepted submissions (every attempt) by the start of the hour they were made in
 */
public record WorkCount(
        SchoolId school,
        int submitted,
        int onTime,
        int graded,
        int missed,
        long scoreTenths,
        String band,
        SortedMap<Instant, Integer> hours) {
    public static final WorkCount NONE = new WorkCount(null, 0, 0, 0, 0, 0, null, new TreeMap<>());

    public WorkCount {
        hours = new TreeMap<>(hours);
    }

    public static SortedMap<Instant, Integer> hours(Map<Instant, Integer> hours) {
        return new TreeMap<>(hours);
    }
}
