package cn.wangben.scoring.dashboard;

import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.ProgrammeId;
import java.util.List;

/** The county view officials watch: modules, programmes, schools and the schools at risk. */
public record CountyDashboard(
        CountyId county,
        ProgrammeId programme,
        List<ModuleFigures> modules,
        List<ProgrammeFigures> programmes,
        List<SchoolFigures> schools) {

    public CountyDashboard {
        modules = List.copyOf(modules);
        programmes = List.copyOf(programmes);
        schools = List.copyOf(schools);
    }
}
