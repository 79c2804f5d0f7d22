package cn.wangben.scoring.results.persistence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;

/**
 * A counter delta as stored on a fact between the fact's write and the counters' (see {@link CountSettler}), so a
 * batch that died in between is completed from it.
 */
final class PendingDelta {
    private PendingDelta() {}

    /** The delta as a document, kept on a fact until its counters are written (never holds a freeze). */
    static Document toDocument(CounterDelta delta) {
        List<Document> out = new ArrayList<>();
        delta.changes.forEach((collection, docs) -> docs.forEach((id, c) -> out.add(new Document("c", collection)
                .append("i", id)
                .append("inc", new Document(escape(c.incs)))
                .append("s", new Document(c.scope))
                .append("l", List.copyOf(c.listed)))));
        return new Document("w", out);
    }

    static CounterDelta of(Document stored) {
        CounterDelta delta = new CounterDelta();
        for (Document w : stored.getList("w", Document.class)) {
            CounterChange c = delta.change(w.getString("c"), w.getString("i"));
            w.get("inc", Document.class).forEach((path, by) -> c.inc(unescape(path), ((Number) by).longValue()));
            w.get("s", Document.class).forEach((field, value) -> c.scope.put(field, (String) value));
            c.listed.addAll(w.getList("l", String.class));
        }
        return delta;
    }

    // counter paths contain dots, which a stored field name must not
    private static Map<String, Object> escape(Map<String, Long> incs) {
        Map<String, Object> out = new LinkedHashMap<>();
        incs.forEach((path, by) -> out.put(path.replace('.', '|'), by));
        return out;
    }

    private static String unescape(String field) {
        return field.replace('|', '.');
    }
}
