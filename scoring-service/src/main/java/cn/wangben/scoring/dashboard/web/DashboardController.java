package cn.wangben.scoring.dashboard.web;

import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.ModuleId;
import cn.wangben.contracts.ids.ProgrammeId;
import cn.wangben.contracts.ids.SchoolId;
import cn.wangben.platform.domain.Caller;
import cn.wangben.platform.web.PathIds;
import cn.wangben.scoring.dashboard.CountyDashboard;
import cn.wangben.scoring.dashboard.DashboardDesk;
import cn.wangben.scoring.dashboard.ModuleDashboard;
import cn.wangben.scoring.dashboard.SchoolFigures;
import cn.wangben.scoring.dashboard.web.DashboardViews.AtRiskView;
import cn.wangben.scoring.dashboard.web.DashboardViews.ModuleView;
import cn.wangben.scoring.dashboard.web.DashboardViews.ProgrammeView;
import cn.wangben.scoring.dashboard.web.DashboardViews.SchoolView;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The officials' dashboards: county, school drill-down, module detail. */
@RestController
class DashboardController {
    private static final String COUNTY = "/api/scoring/dashboards/counties/{countyId}";
    private final DashboardDesk desk;

    DashboardController(DashboardDesk desk) {
        this.desk = desk;
    }

    /** @param programmeId only this programme; all of the county's when absent */
    @GetMapping(COUNTY)
    CountyView county(
            Caller caller, @PathVariable String countyId, @RequestParam(required = false) String programmeId) {
        ProgrammeId programme = programmeId == null ? null : PathIds.parse(programmeId, ProgrammeId::of, "研修项目");
        return CountyView.of(desk.county(caller, county(countyId), programme));
    }

    @GetMapping(COUNTY + "/programmes/{programmeId}/schools/{schoolId}")
    SchoolDetailView school(
            Caller caller,
            @PathVariable String countyId,
            @PathVariable String programmeId,
            @PathVariable String schoolId) {
        SchoolFigures f = desk.school(
                caller,
                county(countyId),
                PathIds.parse(programmeId, ProgrammeId::of, "研修项目"),
                PathIds.parse(schoolId, SchoolId::of, "学校"));
        return new SchoolDetailView(
                SchoolView.of(f),
                f.stats().modules().stream()
                        .map(t -> new TallyView(
                                t.module().value(),
                                t.submitted(),
                                t.onTime(),
                                t.graded(),
                                t.missed(),
                                t.average(),
                                t.bands()))
                        .toList());
    }

    @GetMapping(COUNTY + "/modules/{moduleId}")
    ModuleDetailView module(Caller caller, @PathVariable String countyId, @PathVariable String moduleId) {
        ModuleDashboard d = desk.module(caller, county(countyId), PathIds.parse(moduleId, ModuleId::of, "网络研修板块"));
        return new ModuleDetailView(
                ModuleView.of(d.module()),
                d.schools().stream()
                        .map(s -> new SchoolModuleView(
                                s.school().stats().school().value(), s.school().name(), ModuleView.of(s.module())))
                        .toList(),
                d.hours().stream()
                        .map(h -> new HourView(DashboardViews.shown(h.hour()), h.count()))
                        .toList());
    }

    private static CountyId county(String raw) {
        return PathIds.parse(raw, CountyId::of, "县（区）");
    }

    record CountyView(
            String countyId,
            String programmeId,
            List<ModuleView> modules,
            Map<String, Integer> submittedByModule,
            List<ProgrammeView> programmes,
            List<SchoolView> schools,
            List<AtRiskView> atRisk) {
        static CountyView of(CountyDashboard d) {
            Map<String, Integer> totals = new TreeMap<>();
            d.schools().forEach(s -> s.stats()
                    .modules()
                    .forEach(t -> totals.merge(t.module().value(), t.submitted(), Integer::sum)));
            return new CountyView(
                    d.county().value(),
                    d.programme() == null ? null : d.programme().value(),
                    d.modules().stream().map(ModuleView::of).toList(),
                    totals,
                    d.programmes().stream().map(ProgrammeView::of).toList(),
                    d.schools().stream().map(SchoolView::of).toList(),
                    d.schools().stream()
                            .filter(s -> !s.risks().isEmpty())
                            .map(AtRiskView::of)
                            .toList());
        }
    }

    record TallyView(
            String moduleId,
            int submitted,
            int onTime,
            int graded,
            int missed,
            java.math.BigDecimal average,
            Map<String, Integer> distribution) {}

    record SchoolDetailView(SchoolView school, List<TallyView> modules) {}

    record SchoolModuleView(String schoolId, String schoolName, ModuleView module) {}

    record HourView(OffsetDateTime hour, int submissions) {}

    record ModuleDetailView(ModuleView module, List<SchoolModuleView> schools, List<HourView> submissionsPerHour) {}
}
