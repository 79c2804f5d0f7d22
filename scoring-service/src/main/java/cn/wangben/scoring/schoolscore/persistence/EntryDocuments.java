package cn.wangben.scoring.schoolscore.persistence;

import cn.wangben.scoring.schoolscore.ItemEntry;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;

/**
 * Entries as documents. Item ids and option names are the school's own text, so they are stored as values in lists,
 * never as field names (a dot or a dollar sign in a name would break a field path); amounts as decimal strings.
 */
final class EntryDocuments {
    private EntryDocuments() {}

    static List<Document> items(Map<String, ItemEntry> entries) {
        List<Document> items = new ArrayList<>();
        entries.forEach((itemId, entry) -> items.add(entry(entry).append("itemId", itemId)));
        return items;
    }

    static Map<String, ItemEntry> items(List<Document> documents) {
        Map<String, ItemEntry> entries = new LinkedHashMap<>();
        if (documents != null) {
            documents.forEach(d -> entries.put(d.getString("itemId"), entry(d)));
        }
        return entries;
    }

    static Document entry(ItemEntry e) {
        List<Document> counts = null;
        if (e.counts() != null) {
            counts = new ArrayList<>();
            for (Map.Entry<String, BigDecimal> c : e.counts().entrySet()) {
                counts.add(new Document("name", c.getKey()).append("count", text(c.getValue())));
            }
        }
        return new Document("choice", e.choice())
                .append("count", text(e.count()))
                .append("counts", counts)
                .append("points", text(e.points()));
    }

    static ItemEntry entry(Document d) {
        Map<String, BigDecimal> counts = null;
        List<Document> stored = d.getList("counts", Document.class);
        if (stored != null) {
            counts = new LinkedHashMap<>();
            for (Document c : stored) {
                counts.put(c.getString("name"), number(c.getString("count")));
            }
        }
        return new ItemEntry(
                d.getString("choice"), number(d.getString("count")), counts, number(d.getString("points")));
    }

    static String text(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }

    static BigDecimal number(String value) {
        return value == null ? null : new BigDecimal(value);
    }
}
