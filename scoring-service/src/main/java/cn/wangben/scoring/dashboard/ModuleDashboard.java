package cn.wangben.scoring.dashboard;

import java.time.Instant;
import java.util.List;

/**
 * One module in detail: its totals, each school's part, and accepted submissions per hour over the window before its
 * cutoff (hours without any are listed with 0, so the chart has no gaps).
 */
public record ModuleDashboard(ModuleFigures module, List<SchoolModule> schools, List<HourCount> hours) {

    public ModuleDashboard {
        schools = List.copyOf(schools);
        hours = List.copyOf(hours);
    }

    public record SchoolModule(SchoolFigures school, ModuleFigures module) {}

    public record HourCount(Instant hour, int count) {}
}
