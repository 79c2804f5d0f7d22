package cn.wangben.scoring.schoolscore;

import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.ProgrammeId;
import cn.wangben.contracts.ids.SchoolId;
import cn.wangben.platform.domain.Caller;
import cn.wangben.platform.domain.DomainException;
import cn.wangben.platform.domain.DomainException.Violation;
import java.io.InputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** The school's score sheet: read it, fill it in (JSON rows or an uploaded workbook), download it, report it. */
public class SheetDesk {
    private final SheetCases cases;
    private final ScoreSheets sheets;
    private final SheetProjector projector;
    private final SheetWorkbooks workbooks;
    private final Clock clock;

    public SheetDesk(
            SheetCases cases, ScoreSheets sheets, SheetProjector projector, SheetWorkbooks workbooks, Clock clock) {
        this.cases = cases;
        this.sheets = sheets;
        this.projector = projector;
        this.workbooks = workbooks;
        this.clock = clock;
    }

    /** A cancelled school's sheet is shown (every trainee 0, with the reason) even without an approved plan. */
    public Grid grid(Caller caller, ProgrammeId programme, SchoolId school) {
        CountyId county = SheetAccess.reader(caller, school);
        Grid grid = GridCalculator.compute(cases.load(county, programme, school));
        if (grid.status() != SheetStatus.CANCELLED) {
            SheetRules.requireRubric(grid);
        }
        return grid;
    }

    /** All rows or none: every problem of every row is reported and nothing is stored. */
    public Grid enter(Caller caller, ProgrammeId programme, SchoolId school, List<RowChange> changes) {
        SheetCase c = cases.load(SheetAccess.schoolAdmin(caller, school), programme, school);
        Grid grid = SheetRules.editable(c);
        if (changes.isEmpty()) {
            throw DomainException.ruleViolated("invalid-scores", "rows", "请至少提交一名学员的评分");
        }
        List<Violation> problems = EntryCheck.check(grid, changes);
        if (!problems.isEmpty()) {
            throw DomainException.ruleViolated("invalid-scores", problems);
        }
        return apply(c, changes);
    }

    public byte[] download(Caller caller, ProgrammeId programme, SchoolId school) {
        return workbooks.write(grid(caller, programme, school));
    }

    /** The workbook's rows replace the entries of the trainees in it (an empty cell clears); all or nothing. */
    public Grid upload(Caller caller, ProgrammeId programme, SchoolId school, InputStream workbook) {
        SheetCase c = cases.load(SheetAccess.schoolAdmin(caller, school), programme, school);
        Grid grid = SheetRules.editable(c);
        UploadedSheet uploaded = workbooks.read(workbook, grid);
        List<Violation> problems = new ArrayList<>(uploaded.problems());
        if (problems.isEmpty() && uploaded.rows().isEmpty()) {
            problems.add(new Violation("file", "成绩表中没有学员行，请在下载的成绩表中填写后上传"));
        }
        problems.addAll(EntryCheck.check(grid, uploaded.rows()));
        if (!problems.isEmpty()) {
            throw DomainException.ruleViolated("invalid-sheet-file", problems);
        }
        return apply(c, uploaded.rows());
    }

    /** Reports the sheet to the county, which locks it. */
    public Grid report(Caller caller, ProgrammeId programme, SchoolId school) {
        SheetCase c = cases.load(SheetAccess.schoolAdmin(caller, school), programme, school);
        SheetRules.requireReportable(SheetRules.editable(c));
        c.sheet().report(SheetAccess.who(caller), clock.instant());
        return save(c);
    }

    private Grid apply(SheetCase c, List<RowChange> changes) {
        for (RowChange change : changes) {
            change.entries().forEach((item, entry) -> c.sheet().enter(change.teacherKey(), item, entry));
        }
        return save(c);
    }

    private Grid save(SheetCase c) {
        sheets.save(c.sheet());
        projector.refresh(c.county(), c.programme().id(), c.school());
        return GridCalculator.compute(c);
    }
}
