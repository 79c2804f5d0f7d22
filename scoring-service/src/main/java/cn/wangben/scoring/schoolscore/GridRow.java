package cn.wangben.scoring.schoolscore;

import cn.wangben.contracts.ids.TeacherId;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One trainee on the sheet: what was entered, each item's score, and the totals once every item has a score.
 *
 * @param teacherId the trainee's account once enrolled, else {@code null}
 * @param attended the activity numbers the trainee was recorded present at
 * @param complete every item has a score (or the school is cancelled)
 * @param rawTotal sum of the item scores on the rubric's declared total; {@code null} until complete
 * @param schoolScore the raw total scaled to the school points, one decimal; 0.0 for a cancelled school
 * @param reason why the score is what it is when not by the rubric (cancellation)
 */
public record GridRow(
        String teacherKey,
        String name,
        String maskedIdNumber,
        TeacherId teacherId,
        Map<String, ItemEntry> entries,
        List<ItemCell> items,
        List<Integer> attended,
        boolean complete,
        BigDecimal rawTotal,
        BigDecimal schoolScore,
        String reason) {

    public GridRow {
        entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
        items = List.copyOf(items);
        attended = List.copyOf(attended);
    }

    /** Titles of the items still without a score, for the school's to-do list. */
    List<String> missingItems(List<SheetColumn> columns) {
        return columns.stream()
                .filter(c -> items.stream().anyMatch(i -> i.itemId().equals(c.itemId()) && i.points() == null))
                .map(SheetColumn::title)
                .toList();
    }
}
