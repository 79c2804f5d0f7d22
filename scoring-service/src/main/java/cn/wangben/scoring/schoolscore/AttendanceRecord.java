package cn.wangben.scoring.schoolscore;

import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;

/**
 * Who was present at one planned activity. A recorded activity with nobody present is an empty set, which is not the
 * same as an activity not recorded yet.
 */
public record AttendanceRecord(int number, Set<String> present, String recordedBy, Instant recordedAt) {

    public AttendanceRecord {
        present = java.util.Collections.unmodifiableSet(new TreeSet<>(present));
    }
}
