package cn.wangben.scoring.schoolscore.web;

import cn.wangben.contracts.plan.PlannedActivity;
import cn.wangben.contracts.plan.RubricSpec;
import cn.wangben.scoring.schoolscore.Correction;
import cn.wangben.scoring.schoolscore.Grid;
import cn.wangben.scoring.schoolscore.GridRow;
import cn.wangben.scoring.schoolscore.ItemCell;
import cn.wangben.scoring.schoolscore.SheetColumn;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * The score sheet: columns are the rubric items (kind, what to enter, options, maxima), rows the rostered non-exempt
 * trainees with their entries, item scores and totals. {@code rawTotal} is on the rubric's {@code declaredTotal};
 * {@code schoolScore} is scaled to {@code schoolPoints}, exactly one decimal.
 */
record GridView(
        String programmeId,
        String schoolId,
        String status,
        boolean locked,
        boolean planApproved,
        boolean rosterComplete,
        BigDecimal declaredTotal,
        BigDecimal schoolPoints,
        OffsetDateTime scoringDeadline,
        OffsetDateTime reportedAt,
        String reportedBy,
        OffsetDateTime overdueSince,
        String cancelledReason,
        List<ActivityView> activities,
        List<Integer> unrecordedActivities,
        List<ColumnView> columns,
        List<RowView> rows,
        int trainees,
        long scored,
        long pendingCorrections) {

    static GridView of(Grid g) {
        return new GridView(
                g.programme().id().value(),
                g.school().value(),
                g.status().name(),
                g.locked(),
                g.planApproved(),
                g.rosterComplete(),
                g.declaredTotal(),
                g.schoolPoints(),
                Paths.shown(g.programme().scoringDeadline()),
                Paths.shown(g.reportedAt()),
                g.reportedBy(),
                Paths.shown(g.overdueSince()),
                g.cancelledReason(),
                g.activities().stream().map(ActivityView::of).toList(),
                g.unrecordedActivities(),
                g.columns().stream().map(ColumnView::of).toList(),
                g.rows().stream().map(RowView::of).toList(),
                g.rows().size(),
                g.scored(),
                g.corrections().stream().filter(Correction::pending).count());
    }

    record ActivityView(int number, LocalDate startDate, LocalDate endDate, String content) {
        static ActivityView of(PlannedActivity a) {
            return new ActivityView(a.number(), a.startDate(), a.endDate(), a.content());
        }
    }

    record ColumnView(
            String itemId,
            String title,
            String category,
            String kind,
            String input,
            BigDecimal max,
            List<RubricSpec.Option> options,
            BigDecimal perOccurrence,
            BigDecimal deductionCap) {
        static ColumnView of(SheetColumn c) {
            return new ColumnView(
                    c.itemId(),
                    c.title(),
                    c.category(),
                    c.kind(),
                    c.input().name(),
                    c.max(),
                    c.options(),
                    c.perOccurrence(),
                    c.deductionCap());
        }
    }

    record RowView(
            String teacherKey,
            String name,
            String maskedIdNumber,
            boolean enrolled,
            Map<String, EntryJson> inputs,
            List<CellView> items,
            List<Integer> attended,
            boolean complete,
            BigDecimal rawTotal,
            BigDecimal schoolScore,
            String reason) {
        static RowView of(GridRow r) {
            return new RowView(
                    r.teacherKey(),
                    r.name(),
                    r.maskedIdNumber(),
                    r.teacherId() != null,
                    EntryJson.of(r.entries()),
                    r.items().stream().map(CellView::of).toList(),
                    r.attended(),
                    r.complete(),
                    r.rawTotal(),
                    r.schoolScore(),
                    r.reason());
        }
    }

    record CellView(String itemId, BigDecimal points, List<String> problems) {
        static CellView of(ItemCell c) {
            return new CellView(c.itemId(), c.points(), c.problems());
        }
    }
}
