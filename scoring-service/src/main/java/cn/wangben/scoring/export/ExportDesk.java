package cn.wangben.scoring.export;

import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.ModuleId;
import cn.wangben.contracts.ids.ProgrammeId;
import cn.wangben.platform.domain.Caller;
import cn.wangben.platform.domain.DomainException;
import cn.wangben.scoring.results.FinalResults;
import cn.wangben.scoring.results.Finalization;
import cn.wangben.scoring.results.OnlineModule;
import cn.wangben.scoring.results.ProgrammeSettings;
import cn.wangben.scoring.results.ResultBoard;
import cn.wangben.scoring.results.SchoolBoard;
import cn.wangben.scoring.results.TraineeResult;
import java.text.Collator;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The county's exports for upward reporting: results by school (provisional until finalization) and the 学时认定名单
 * (only once finalized). Everything that can refuse (role, county, programme, finalization) is checked here, before a
 * byte of the workbook is written; the rows are read school by school while it is written.
 */
public class ExportDesk {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private final ExportSources sources;
    private final ResultBoard board;
    private final FinalResults finals;

    public ExportDesk(ExportSources sources, ResultBoard board, FinalResults finals) {
        this.sources = sources;
        this.board = board;
        this.finals = finals;
    }

    public CountyResults countyResults(Caller caller, CountyId county, ProgrammeId programme) {
        ExportAccess.requireCounty(caller, county);
        ProgrammeSettings settings = programme(county, programme);
        List<OnlineModule> modules = sources.modules(county, programme);
        return new CountyResults(
                settings,
                completed(county, programme).isPresent(),
                schools(county, programme),
                school -> sheet(county, programme, modules, school));
    }

    public HoursList hours(Caller caller, CountyId county, ProgrammeId programme) {
        ExportAccess.requireCounty(caller, county);
        ProgrammeSettings settings = programme(county, programme);
        Finalization done = completed(county, programme)
                .orElseThrow(() -> DomainException.conflict("not-finalized", "该研修项目的结果尚未确认，确认后才能导出学时认定名单"));
        ZoneId zone = settings.zone() == null ? SHANGHAI : settings.zone();
        LocalDate on = LocalDate.ofInstant(done.startedAt(), zone);
        return new HoursList(
                settings.name(),
                schools(county, programme),
                school -> certified(county, programme, settings.name(), on, school));
    }

    private ProgrammeSettings programme(CountyId county, ProgrammeId programme) {
        return sources.programme(county, programme).orElseThrow(() -> DomainException.notFound("研修项目", programme));
    }

    private Optional<Finalization> completed(CountyId county, ProgrammeId programme) {
        return finals.finalization(county, programme).filter(Finalization::completed);
    }

    /** Every school the projection holds a board for, by name as Chinese readers sort it. */
    private List<SchoolRef> schools(CountyId county, ProgrammeId programme) {
        var names = sources.schoolNames(county);
        List<SchoolRef> schools = new ArrayList<>();
        board.stats(county, programme)
                .forEach(s -> schools.add(new SchoolRef(
                        s.school(), names.getOrDefault(s.school(), s.school().value()))));
        Collator chinese = Collator.getInstance(Locale.CHINA);
        schools.sort(Comparator.comparing(SchoolRef::name, chinese).thenComparing(s -> s.id().value()));
        return schools;
    }

    private SchoolSheet sheet(CountyId county, ProgrammeId programme, List<OnlineModule> modules, SchoolRef school) {
        List<TraineeResult> rows = board.board(county, programme, school.id())
                .map(SchoolBoard::rows)
                .orElse(List.of());
        Map<String, String> masked = sources.maskedIds(county, programme, school.id());
        Map<ModuleId, String> columns = ResultLines.columns(modules, rows);
        List<ResultLine> lines = byName(rows).stream()
                .map(r -> ResultLines.of(r, columns, masked.get(r.teacherKey()), school.name()))
                .toList();
        return new SchoolSheet(school, List.copyOf(columns.values()), lines);
    }

    /** The frozen results credited 学时: exempt and failed trainees are not on the list. */
    private List<HoursLine> certified(
            CountyId county, ProgrammeId programme, String programmeName, LocalDate on, SchoolRef school) {
        Map<String, String> masked = sources.maskedIds(county, programme, school.id());
        return byName(finals.results(county, programme, school.id())).stream()
                .filter(r -> !r.exempt() && r.creditedHours() > 0)
                .map(r -> new HoursLine(
                        r.teacherKey(),
                        r.name(),
                        masked.get(r.teacherKey()),
                        school.name(),
                        programmeName,
                        r.creditedHours(),
                        r.certificateCode(),
                        on))
                .toList();
    }

    private static List<TraineeResult> byName(List<TraineeResult> rows) {
        Collator chinese = Collator.getInstance(Locale.CHINA);
        return rows.stream()
                .sorted(Comparator.comparing((TraineeResult r) -> r.name() == null ? "" : r.name(), chinese)
                        .thenComparing(TraineeResult::teacherKey))
                .toList();
    }
}
