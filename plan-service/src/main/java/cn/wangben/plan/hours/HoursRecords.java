package cn.wangben.plan.hours;

import cn.wangben.contracts.ids.CountyId;
import java.util.Optional;

public interface HoursRecords {
    /** Adds the entry, or replaces the entry with the same id (a programme's result finalized again). */
    void put(CountyId county, String teacherKey, HoursEntry entry);

    Optional<HoursRecord> of(CountyId county, String teacherKey);
}
