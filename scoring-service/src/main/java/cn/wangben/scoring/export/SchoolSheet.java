package cn.wangben.scoring.export;

import java.util.List;

/** One school's sheet of the county export: its module column titles and its trainees. */
public record SchoolSheet(SchoolRef school, List<String> modules, List<ResultLine> lines) {

    public SchoolSheet {
        modules = List.copyOf(modules);
        lines = List.copyOf(lines);
    }
}
