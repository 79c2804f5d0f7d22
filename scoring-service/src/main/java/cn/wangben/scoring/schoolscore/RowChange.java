package cn.wangben.scoring.schoolscore;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * New entries for one trainee, from a request or an uploaded workbook, with where they came from so that every problem
 * can name the row and the item (or the cell) the school has to fix.
 *
 * @param teacherKey {@code null} when a workbook row matched nobody on the roster
 * @param entries item id → entry; a {@code null} entry clears the item
 * @param rowLabel how messages name the row, e.g. {@code 学员 3f9a…} or {@code 第5行}
 * @param rowField the field of the row itself, e.g. {@code rows[0]} or the cell {@code A5}
 * @param cells item id → cell reference (workbooks only), e.g. {@code D5}
 */
public record RowChange(
        String teacherKey,
        Map<String, ItemEntry> entries,
        String rowLabel,
        String rowField,
        Map<String, String> cells) {

    public RowChange {
        entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
        cells = Map.copyOf(cells);
    }

    /** The {@code index}-th row of a JSON request. */
    public static RowChange ofRequest(int index, String teacherKey, Map<String, ItemEntry> entries) {
        return new RowChange(teacherKey, entries, "学员 " + teacherKey, "rows[" + index + "]", Map.of());
    }

    /** The field an item's problem is reported on: its cell, or the request path of its entry. */
    String field(String itemId) {
        String cell = cells.get(itemId);
        if (cell != null) {
            return cell;
        }
        return rowField.isEmpty() ? "inputs." + itemId : rowField + ".inputs." + itemId;
    }

    /** Words placed before an item's problem: the column for a workbook, nothing for a request. */
    String place(String itemId) {
        String cell = cells.get(itemId);
        return cell == null ? "：" : " " + cell.replaceAll("[0-9]", "") + "列";
    }
}
