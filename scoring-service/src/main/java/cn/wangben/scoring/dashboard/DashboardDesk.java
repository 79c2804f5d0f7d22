package cn.wangben.scoring.dashboard;

import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.ModuleId;
import cn.wangben.contracts.ids.ProgrammeId;
import cn.wangben.contracts.ids.SchoolId;
import cn.wangben.platform.domain.Caller;
import cn.wangben.platform.domain.DomainException;
import cn.wangben.platform.domain.Role;
import cn.wangben.scoring.results.ModuleTally;
import cn.wangben.scoring.results.OnlineModule;
import cn.wangben.scoring.results.ProgrammeSettings;
import cn.wangben.scoring.results.ResultBoard;
import cn.wangben.scoring.results.ResultFacts;
import cn.wangben.scoring.results.SchoolStats;
import cn.wangben.scoring.results.SubmissionHours;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Dashboards read the counter documents that events keep current ({@link ResultBoard#stats}: a county document, its
 * schools' documents by id) and add them up; nothing reads per-teacher data on a request. County staff watch their county, officials their granted counties, a school admin their own school.
 */
public class DashboardDesk {
    private final ResultFacts facts;
    private final ResultBoard board;
    private final SubmissionHours hours;
    private final RiskSettings settings;
    private final Clock clock;

    public DashboardDesk(
            ResultFacts facts, ResultBoard board, SubmissionHours hours, RiskSettings settings, Clock clock) {
        this.facts = facts;
        this.board = board;
        this.hours = hours;
        this.settings = settings;
        this.clock = clock;
    }

    /** @param programme only this programme, or all of the county's when {@code null} */
    public CountyDashboard county(Caller caller, CountyId county, ProgrammeId programme) {
        watch(caller, county);
        List<SchoolStats> stats = board.stats(county, programme);
        List<OnlineModule> modules =
                scheduled(programme == null ? facts.modules(county) : facts.modules(county, programme));
        Map<ProgrammeId, ProgrammeSettings> programmes =
                facts.programmes(county).stream().collect(Collectors.toMap(ProgrammeSettings::id, p -> p));
        Figures figures = new Figures(names(county, stats), programmes, modules, settings, clock.instant());
        List<ProgrammeFigures> totals = new ArrayList<>();
        stats.stream().map(SchoolStats::programme).distinct().forEach(p -> totals.add(figures.programme(p, stats)));
        return new CountyDashboard(
                county,
                programme,
                modules.stream().map(m -> figures.module(m, stats)).toList(),
                totals,
                stats.stream().map(figures::school).toList());
    }

    public SchoolFigures school(Caller caller, CountyId county, ProgrammeId programme, SchoolId school) {
        boolean ownSchool =
                caller.has(Role.SCHOOL_ADMIN) && county.equals(caller.county()) && school.equals(caller.school());
        if (!ownSchool) {
            watch(caller, county);
        }
        SchoolStats stats =
                board.schoolStats(county, programme, school).orElseThrow(() -> DomainException.notFound("学校", school));
        return figures(county, scheduled(facts.modules(county, programme)), List.of(stats))
                .school(stats);
    }

    public ModuleDashboard module(Caller caller, CountyId county, ModuleId moduleId) {
        watch(caller, county);
        OnlineModule module = facts.module(county, moduleId)
                .filter(m -> m.title() != null)
                .orElseThrow(() -> DomainException.notFound("网络研修板块", moduleId));
        List<SchoolStats> stats = board.stats(county, module.programme());
        Figures figures = figures(county, List.of(module), stats);
        List<ModuleDashboard.SchoolModule> schools = stats.stream()
                .map(s -> new ModuleDashboard.SchoolModule(figures.school(s), figures.module(module, List.of(s))))
                .toList();
        return new ModuleDashboard(figures.module(module, stats), schools, hourly(county, module));
    }

    private List<ModuleDashboard.HourCount> hourly(CountyId county, OnlineModule module) {
        Instant end = module.dueAt();
        Instant first = end.minus(settings.submissionWindow())
                .atZone(settings.zone())
                .truncatedTo(ChronoUnit.HOURS)
                .toInstant();
        Map<Instant, Integer> counted = hours.counts(county, module.id(), first, end);
        List<ModuleDashboard.HourCount> series = new ArrayList<>();
        for (Instant hour = first; hour.isBefore(end); hour = hour.plus(1, ChronoUnit.HOURS)) {
            series.add(new ModuleDashboard.HourCount(hour, counted.getOrDefault(hour, 0)));
        }
        return series;
    }

    private Figures figures(CountyId county, List<OnlineModule> modules, List<SchoolStats> stats) {
        Map<ProgrammeId, ProgrammeSettings> programmes =
                facts.programmes(county).stream().collect(Collectors.toMap(ProgrammeSettings::id, p -> p));
        return new Figures(names(county, stats), programmes, modules, settings, clock.instant());
    }

    /** Only the listed schools' names, by id: a county's dashboard never searches all names. */
    private Map<SchoolId, String> names(CountyId county, List<SchoolStats> stats) {
        return facts.schoolNames(
                county, stats.stream().map(SchoolStats::school).distinct().toList());
    }

    /** Modules whose schedule has arrived, by cutoff. */
    private static List<OnlineModule> scheduled(List<OnlineModule> modules) {
        return modules.stream()
                .filter(m -> m.title() != null)
                .sorted(Comparator.comparing(OnlineModule::dueAt).thenComparing(m -> m.id().value()))
                .toList();
    }

    private static void watch(Caller caller, CountyId county) {
        if (!caller.mayWatchCounty(county)) {
            throw DomainException.forbidden("当前账号无权查看该县（区）的数据");
        }
    }

    static ModuleTally sum(ModuleId module, List<SchoolStats> stats) {
        ModuleTally total = ModuleTally.empty(module);
        for (SchoolStats s : stats) {
            Optional<ModuleTally> t =
                    s.modules().stream().filter(m -> m.module().equals(module)).findFirst();
            if (t.isPresent()) {
                total = total.plus(t.get());
            }
        }
        return total;
    }
}
