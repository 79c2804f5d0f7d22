package cn.wangben.scoring.export;

import cn.wangben.scoring.results.ProgrammeSettings;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The county's results by school, ready to be written. Access and the programme were checked when it was made; the
 * schools' rows are loaded one school at a time while the workbook is written, so a county of any size is exported
 * holding one school's rows in memory.
 *
 * @param finalized the rows are the county's final results (已定), else provisional (临时)
 */
public record CountyResults(
        ProgrammeSettings programme,
        boolean finalized,
        List<SchoolRef> schools,
        Function<SchoolRef, SchoolSheet> loader) {

    public CountyResults {
        schools = List.copyOf(schools);
    }

    public void forEachSchool(Consumer<SchoolSheet> each) {
        schools.forEach(school -> each.accept(loader.apply(school)));
    }

    /** e.g. 2026-2027第一学期教师网本研修-培训结果.xlsx */
    public String fileName() {
        return FileNames.of(programme.name(), "培训结果");
    }
}
