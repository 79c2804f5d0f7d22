package cn.wangben.scoring.schoolscore;

import cn.wangben.contracts.ids.ProgrammeId;
import cn.wangben.contracts.ids.SchoolId;
import cn.wangben.platform.domain.Caller;
import cn.wangben.platform.domain.DomainException;
import cn.wangben.platform.domain.DomainException.Violation;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Changes after the report (更正): the school proposes a change for one trainee with a reason; nothing changes until a
 * county admin approves it, which applies it and keeps the audit (who asked, who approved, when, old and new entries
 * and totals, reason) in the sheet itself, written in the same single-document update as the change.
 */
public class CorrectionDesk {
    private final SheetCases cases;
    private final ScoreSheets sheets;
    private final SheetProjector projector;
    private final Clock clock;

    public CorrectionDesk(SheetCases cases, ScoreSheets sheets, SheetProjector projector, Clock clock) {
        this.cases = cases;
        this.sheets = sheets;
        this.projector = projector;
        this.clock = clock;
    }

    public List<Correction> list(Caller caller, ProgrammeId programme, SchoolId school) {
        return cases.load(SheetAccess.reader(caller, school), programme, school)
                .sheet()
                .corrections();
    }

    public Correction request(Caller caller, ProgrammeId programme, SchoolId school, CorrectionRequest request) {
        SheetCase c = cases.load(SheetAccess.schoolAdmin(caller, school), programme, school);
        Grid grid = GridCalculator.compute(c);
        SheetRules.requireNotCancelled(grid);
        SheetRules.requireRubric(grid);
        if (!grid.locked()) {
            throw DomainException.conflict("sheet-not-reported", "成绩表尚未上报，可直接修改评分，无需提交更正申请");
        }
        GridRow row = grid.row(request.teacherKey() == null ? "" : request.teacherKey())
                .orElseThrow(
                        () -> DomainException.ruleViolated("invalid-correction", "teacherKey", "本校名册中没有该学员，或该学员已免修"));
        if (c.sheet().corrections().stream()
                .anyMatch(x -> x.pending() && x.teacherKey().equals(row.teacherKey()))) {
            throw DomainException.conflict("correction-pending", "学员" + row.name() + "已有待县（区）审核的更正申请，请等待审核结果");
        }
        List<Violation> problems = check(grid, row, request);
        if (!problems.isEmpty()) {
            throw DomainException.ruleViolated("invalid-correction", problems);
        }
        Correction correction = Correction.requested(
                UUID.randomUUID().toString(),
                row.teacherKey(),
                row.name(),
                request.entries() == null ? Map.of() : request.entries(),
                request.attended() == null ? null : List.copyOf(new TreeSet<>(request.attended())),
                request.reason().strip(),
                SheetAccess.who(caller),
                clock.instant());
        c.sheet().add(correction);
        save(c);
        return correction;
    }

    public Correction approve(Caller caller, ProgrammeId programme, SchoolId school, String id, String comment) {
        SheetCase c = cases.load(SheetAccess.countyAdmin(caller), programme, school);
        Correction correction = pending(c, id);
        checkComment(comment, false);
        Grid before = GridCalculator.compute(c);
        SheetRules.requireNotCancelled(before);
        GridRow old = before.row(correction.teacherKey())
                .orElseThrow(() -> DomainException.conflict(
                        "correction-stale", "学员" + correction.teacherName() + "已不在本校名册中，该更正无法执行，请驳回"));
        Instant now = clock.instant();
        correction.entries().forEach((item, entry) -> c.sheet().enter(correction.teacherKey(), item, entry));
        if (correction.attended() != null) {
            c.sheet()
                    .recordTeacher(
                            correction.teacherKey(),
                            new TreeSet<>(correction.attended()),
                            before.activityNumbers(),
                            SheetAccess.who(caller),
                            now);
        }
        GridRow changed = GridCalculator.compute(c).row(correction.teacherKey()).orElseThrow();
        if (!changed.complete()) {
            throw DomainException.conflict(
                    "correction-unusable", "按该更正无法算出学员" + correction.teacherName() + "的成绩（考核细则可能已变更），请驳回后重新申请");
        }
        Correction approved = correction.approved(
                SheetAccess.who(caller), now, blankToNull(comment), snapshot(old), snapshot(changed));
        c.sheet().replace(approved);
        save(c);
        return approved;
    }

    public Correction reject(Caller caller, ProgrammeId programme, SchoolId school, String id, String comment) {
        SheetCase c = cases.load(SheetAccess.countyAdmin(caller), programme, school);
        Correction correction = pending(c, id);
        checkComment(comment, true);
        Correction rejected = correction.rejected(SheetAccess.who(caller), clock.instant(), comment.strip());
        c.sheet().replace(rejected);
        save(c);
        return rejected;
    }

    private static List<Violation> check(Grid grid, GridRow row, CorrectionRequest request) {
        List<Violation> problems = new ArrayList<>();
        String reason = request.reason();
        if (reason == null || reason.isBlank()) {
            problems.add(new Violation("reason", "请填写更正理由"));
        } else if (reason.strip().length() > Correction.MAX_TEXT) {
            problems.add(new Violation("reason", "更正理由不能超过" + Correction.MAX_TEXT + "字"));
        }
        Map<String, ItemEntry> entries = request.entries() == null ? Map.of() : request.entries();
        if (entries.isEmpty() && request.attended() == null) {
            problems.add(new Violation("inputs", "请至少更改一个项目的评分或该学员的出勤"));
        }
        entries.forEach((item, entry) -> {
            if (entry == null) {
                problems.add(new Violation("inputs." + item, "更正时不能清空评分，请填写更正后的评分"));
            }
        });
        RowChange change = new RowChange(row.teacherKey(), entries, "学员 " + row.teacherKey(), "", Map.of());
        problems.addAll(EntryCheck.check(grid, List.of(change)));
        List<Integer> attended = request.attended() == null ? List.of() : request.attended();
        for (int i = 0; i < attended.size(); i++) {
            if (attended.get(i) == null || !grid.activityNumbers().contains(attended.get(i))) {
                problems.add(new Violation(
                        "attended[" + i + "]",
                        "校本研修计划中没有第" + attended.get(i) + "项活动（共"
                                + grid.activities().size() + "项）"));
            }
        }
        return problems;
    }

    private static Correction pending(SheetCase c, String id) {
        Correction correction = c.sheet().correction(id).orElseThrow(() -> DomainException.notFound("更正申请", id));
        if (!correction.pending()) {
            throw DomainException.conflict("correction-decided", "该更正申请已审核（" + label(correction.status()) + "），不能重复审核");
        }
        return correction;
    }

    private static void checkComment(String comment, boolean required) {
        if (required && (comment == null || comment.isBlank())) {
            throw DomainException.ruleViolated("invalid-decision", "comment", "驳回更正申请时请填写意见");
        }
        if (comment != null && comment.strip().length() > Correction.MAX_TEXT) {
            throw DomainException.ruleViolated("invalid-decision", "comment", "意见不能超过" + Correction.MAX_TEXT + "字");
        }
    }

    private static Correction.Snapshot snapshot(GridRow row) {
        return new Correction.Snapshot(row.entries(), row.attended(), row.rawTotal(), row.schoolScore());
    }

    private static String label(CorrectionStatus status) {
        return status == CorrectionStatus.APPROVED ? "已同意" : "已驳回";
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private void save(SheetCase c) {
        sheets.save(c.sheet());
        projector.refresh(c.county(), c.programme().id(), c.school());
    }
}
