package cn.wangben.plan.hours;

import cn.wangben.contracts.ids.CountyId;
import java.util.List;

/** A teacher's 学时 across programmes, by roster key (the keyed hash of their ID number) within a county. */
public record HoursRecord(CountyId county, String teacherKey, List<HoursEntry> entries) {
    public HoursRecord {
        entries = List.copyOf(entries);
    }

    public int total() {
        return entries.stream().mapToInt(HoursEntry::hours).sum();
    }
}
