package cn.wangben.scoring.export;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The 学时认定名单 for upward reporting, ready to be written: only after finalization, school by school, loaded one
 * school at a time while the workbook is written.
 */
public record HoursList(String programmeName, List<SchoolRef> schools, Function<SchoolRef, List<HoursLine>> loader) {

    public HoursList {
        schools = List.copyOf(schools);
    }

    public void forEachSchool(Consumer<List<HoursLine>> each) {
        schools.forEach(school -> each.accept(loader.apply(school)));
    }

    /** e.g. 2026-2027第一学期教师网本研修-学时认定名单.xlsx */
    public String fileName() {
        return FileNames.of(programmeName, "学时认定名单");
    }
}
