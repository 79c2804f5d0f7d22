package cn.wangben.scoring.schoolscore.web;

import cn.wangben.scoring.schoolscore.ItemEntry;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One item's entry on the wire: {@code {"choice":"良"}}, {@code {"count":2}}, {@code {"counts":{"较轻":1}}} or
 * {@code {"points":7.5}}, by the item's {@code input}. Numbers are read as decimals, so {@code 2.5} occurrences is
 * refused with a message instead of being truncated.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record EntryJson(String choice, BigDecimal count, Map<String, BigDecimal> counts, BigDecimal points) {

    ItemEntry toEntry() {
        return new ItemEntry(choice, count, counts, points);
    }

    static EntryJson of(ItemEntry e) {
        return e == null ? null : new EntryJson(e.choice(), e.count(), e.counts(), e.points());
    }

    /** Entries by item id, keeping the order and the {@code null}s (a null clears the item). */
    static Map<String, ItemEntry> entries(Map<String, EntryJson> json) {
        Map<String, ItemEntry> entries = new LinkedHashMap<>();
        if (json != null) {
            json.forEach((item, entry) -> entries.put(item, entry == null ? null : entry.toEntry()));
        }
        return entries;
    }

    static Map<String, EntryJson> of(Map<String, ItemEntry> entries) {
        Map<String, EntryJson> json = new LinkedHashMap<>();
        entries.forEach((item, entry) -> json.put(item, of(entry)));
        return json;
    }
}
