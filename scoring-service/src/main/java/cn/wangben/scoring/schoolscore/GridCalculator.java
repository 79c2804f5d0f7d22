package cn.wangben.scoring.schoolscore;

import cn.wangben.contracts.plan.PlannedActivity;
import cn.wangben.contracts.plan.RosteredTeacher;
import cn.wangben.platform.domain.DomainException;
import cn.wangben.rubric.ItemInput;
import cn.wangben.rubric.RubricScore;
import cn.wangben.scoring.facts.ApprovedPlan;
import cn.wangben.scoring.facts.Trainee;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Computes a school's sheet from its {@link SheetCase}: pure, so the view, the report and the projection agree. */
public final class GridCalculator {
    /** 逾期不提交按取消校本研修处理; {@code SchoolCancelled} carries no text of its own. */
    public static final String CANCELLED_REASON = "逾期未提交计划或名册，校本研修按取消处理";

    static final BigDecimal ZERO = new BigDecimal("0.0");

    private GridCalculator() {}

    public static Grid compute(SheetCase c) {
        ScoreSheet sheet = c.sheet();
        SheetRubric rubric = null;
        String rubricProblem = null;
        if (c.plan().isPresent()) {
            try {
                rubric = SheetRubric.of(c.plan().get().rubric(), c.programme().schoolPoints());
            } catch (DomainException e) {
                rubricProblem = e.getMessage();
            }
        }
        List<PlannedActivity> activities =
                c.plan().map(ApprovedPlan::activities).orElse(List.of());
        List<Integer> numbers = activities.stream().map(PlannedActivity::number).toList();
        List<GridRow> rows = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (RosteredTeacher teacher : c.roster().teachers()) {
            Trainee trainee = c.trainees().get(teacher.teacherKey());
            if ((trainee != null && trainee.exempt()) || !seen.add(teacher.teacherKey())) {
                continue;
            }
            rows.add(row(teacher, trainee, rubric, sheet, numbers, c.cancelled()));
        }
        List<Integer> unrecorded =
                numbers.stream().filter(n -> !sheet.attendance().containsKey(n)).toList();
        return new Grid(
                c.programme(),
                c.school(),
                status(c),
                c.plan().isPresent(),
                rubric,
                rubricProblem,
                activities,
                rows,
                c.roster().complete(),
                unrecorded,
                sheet.reportedAt(),
                sheet.reportedBy(),
                sheet.overdueSince(),
                c.cancelled() ? CANCELLED_REASON : null,
                sheet.corrections());
    }

    /** Cancelled before reported beats everything; overdue only for a flag of the current (possibly revised) deadline. */
    static SheetStatus status(SheetCase c) {
        ScoreSheet sheet = c.sheet();
        Instant deadline = c.programme().scoringDeadline();
        if (c.cancelled()) {
            return SheetStatus.CANCELLED;
        }
        if (sheet.reported()) {
            return SheetStatus.REPORTED;
        }
        if (sheet.overdueSince() != null
                && deadline != null
                && !sheet.overdueSince().isBefore(deadline)) {
            return SheetStatus.OVERDUE;
        }
        return sheet.started() ? SheetStatus.IN_PROGRESS : SheetStatus.NOT_STARTED;
    }

    private static GridRow row(
            RosteredTeacher teacher,
            Trainee trainee,
            SheetRubric rubric,
            ScoreSheet sheet,
            List<Integer> activities,
            boolean cancelled) {
        String key = teacher.teacherKey();
        Map<String, ItemEntry> entries = sheet.entriesOf(key);
        List<Integer> attended = sheet.attendedBy(key, activities);
        var teacherId = trainee == null ? null : trainee.teacherId();
        if (cancelled) {
            return new GridRow(
                    key,
                    teacher.name(),
                    teacher.maskedIdNumber(),
                    teacherId,
                    entries,
                    List.of(),
                    attended,
                    true,
                    null,
                    ZERO,
                    CANCELLED_REASON);
        }
        if (rubric == null) {
            return new GridRow(
                    key,
                    teacher.name(),
                    teacher.maskedIdNumber(),
                    teacherId,
                    entries,
                    List.of(),
                    attended,
                    false,
                    null,
                    null,
                    null);
        }
        List<ItemCell> cells = new ArrayList<>();
        Map<String, ItemInput> inputs = new LinkedHashMap<>();
        for (SheetColumn column : rubric.columns()) {
            ItemCell cell =
                    cell(column, entries.get(column.itemId()), attended.size(), activities.size(), rubric, inputs);
            cells.add(cell);
        }
        boolean complete = inputs.size() == rubric.columns().size();
        RubricScore score = complete ? rubric.scoreRow(inputs) : null;
        return new GridRow(
                key,
                teacher.name(),
                teacher.maskedIdNumber(),
                teacherId,
                entries,
                cells,
                attended,
                complete,
                score == null ? null : score.rawTotal(),
                score == null ? null : score.schoolScore(),
                null);
    }

    /** Scores one item; a scored input is added to {@code inputs} for the row's total. */
    private static ItemCell cell(
            SheetColumn column,
            ItemEntry entry,
            int attended,
            int planned,
            SheetRubric rubric,
            Map<String, ItemInput> inputs) {
        ItemInput input;
        List<String> problems = new ArrayList<>();
        if (column.input() == InputKind.ATTENDANCE) {
            input = ItemInput.attendance(attended, planned);
        } else if (entry == null) {
            return ItemCell.empty(column.itemId());
        } else {
            input = Entries.read(column, entry, problems);
        }
        if (input == null) {
            return new ItemCell(column.itemId(), null, problems);
        }
        ItemCell cell = rubric.scoreItem(column.itemId(), input);
        if (cell.points() != null) {
            inputs.put(column.itemId(), input);
        }
        return cell;
    }
}
