package cn.wangben.scoring.schoolscore;

import cn.wangben.platform.domain.DomainException.Violation;
import cn.wangben.rubric.ItemInput;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks new entries against the sheet before anything is stored: the trainee must be on the sheet, each item in the
 * rubric, each entry of the right shape and accepted by the rubric library. Every problem is returned, so the school
 * fixes a whole sheet in one round.
 */
final class EntryCheck {
    private EntryCheck() {}

    static List<Violation> check(Grid grid, List<RowChange> changes) {
        List<Violation> problems = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        for (RowChange change : changes) {
            Optional<GridRow> row = change.teacherKey() == null ? Optional.empty() : grid.row(change.teacherKey());
            if (row.isEmpty()) {
                problems.add(new Violation(change.rowField(), change.rowLabel() + "：本校名册中没有该学员，或该学员已免修"));
                continue;
            }
            String first = seen.putIfAbsent(change.teacherKey(), change.rowLabel());
            if (first != null) {
                problems.add(new Violation(
                        change.rowField(),
                        change.rowLabel() + "（" + row.get().name() + "）：与" + first + "是同一学员，请只保留一行"));
                continue;
            }
            String who = change.rowLabel() + "（" + row.get().name() + "）";
            change.entries().forEach((itemId, entry) -> check(grid, change, who, itemId, entry, problems));
        }
        return problems;
    }

    private static void check(
            Grid grid, RowChange change, String who, String itemId, ItemEntry entry, List<Violation> problems) {
        Optional<SheetColumn> column = grid.rubric().column(itemId);
        if (column.isEmpty()) {
            problems.add(new Violation(change.field(itemId), who + "：考核细则中没有编号为“" + itemId + "”的项目"));
            return;
        }
        if (entry == null) {
            return; // clearing an item is always allowed before the report
        }
        List<String> found = new ArrayList<>();
        ItemInput input = Entries.read(column.get(), entry, found);
        if (input != null) {
            found.addAll(grid.rubric().scoreItem(itemId, input).problems());
        }
        found.forEach(p -> problems.add(new Violation(change.field(itemId), who + change.place(itemId) + p)));
    }
}
