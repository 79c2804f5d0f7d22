package cn.wangben.scoring.dashboard.web;

import cn.wangben.contracts.ids.CountyId;
import cn.wangben.platform.domain.Caller;
import cn.wangben.scoring.dashboard.CountyDashboard;
import cn.wangben.scoring.dashboard.DashboardDesk;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
class DashboardController {
    private static final ZoneId DISPLAY_ZONE = ZoneId.of("Asia/Shanghai");
    private final DashboardDesk desk;

    DashboardController(DashboardDesk desk) {
        this.desk = desk;
    }

    @GetMapping("/api/scoring/dashboards/counties/{countyId}")
    CountyView county(Caller caller, @PathVariable String countyId) {
        CountyId county = cn.wangben.platform.web.PathIds.parse(countyId, CountyId::of, "县（区）");
        return CountyView.of(desk.county(caller, county));
    }

    record CountyView(
            String countyId,
            List<ModuleView> modules,
            Map<String, Integer> submittedByModule,
            List<SchoolView> schools) {
        static CountyView of(CountyDashboard d) {
            Map<String, Integer> totals = new TreeMap<>();
            d.submittedByModule().forEach((m, n) -> totals.put(m.value(), n));
            return new CountyView(
                    d.county().value(),
                    d.modules().stream()
                            .map(m -> new ModuleView(
                                    m.id().value(),
                                    m.programme().value(),
                                    m.title(),
                                    m.dueAt().atZone(DISPLAY_ZONE).toOffsetDateTime(),
                                    m.maxPoints()))
                            .toList(),
                    totals,
                    d.schools().stream()
                            .map(s -> {
                                Map<String, Integer> submitted = new TreeMap<>();
                                s.submittedByModule().forEach((m, n) -> submitted.put(m.value(), n));
                                return new SchoolView(s.school().value(), submitted);
                            })
                            .toList());
        }
    }

    record ModuleView(String id, String programmeId, String title, OffsetDateTime dueAt, int maxPoints) {}

    record SchoolView(String schoolId, Map<String, Integer> submittedByModule) {}
}
