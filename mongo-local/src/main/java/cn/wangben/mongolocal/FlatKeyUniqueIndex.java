package cn.wangben.mongolocal;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.AbstractUniqueIndex;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.exception.DuplicateKeyError;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A unique index that reads the key of a document whose indexed fields are all top-level scalars (every index the
 * platform declares, on every document it writes) straight from the document. mongo-java-server splits each key path
 * with a regular expression and streams over the keys three times per index and inserted document; in a rebuild's
 * bulk inserts that was a quarter of all CPU. Any other document (a dotted path, an array, a number, a sub-document, a
 * missing field) takes the server's own path, so the answers are the server's. The keys live in the map it is given: a
 * concurrent hash map for the memory back end, the H2 store's value-ordered map for the devstack's server.
 */
public final class FlatKeyUniqueIndex<P> extends AbstractUniqueIndex<P> {
    /** The indexed fields, or null when one of them is a path into a sub-document. */
    private final String[] fields;

    private final Map<KeyValue, P> positions;

    public FlatKeyUniqueIndex(Map<KeyValue, P> positions, String name, List<IndexKey> keys, boolean sparse) {
        super(name, keys, sparse);
        this.positions = positions;
        String[] names = keys.stream().map(IndexKey::getKey).toArray(String[]::new);
        boolean flat = true;
        for (String n : names) {
            flat &= n.indexOf('.') < 0;
        }
        this.fields = flat ? names : null;
    }

    @Override
    public Set<KeyValue> getKeyValues(Document document) {
        KeyValue flat = flatKey(document);
        return flat != null ? Collections.singleton(flat) : super.getKeyValues(document);
    }

    @Override
    public synchronized void checkAdd(Document document, MongoCollection<P> collection) {
        KeyValue flat = flatKey(document);
        if (flat == null) {
            super.checkAdd(document, collection);
        } else if (containsKey(flat)) {
            throw new DuplicateKeyError(this, collection, getKeys(), flat);
        }
    }

    /**
     * A sparse single-field index holds exactly the documents that have the field, so it answers {@code {field:
     * {$exists: true}}} with all its positions, as MongoDB answers it from a sparse index. The server itself would
     * scan the collection, under its lock: the outbox relay's search for pending events (a marker field with such an
     * index) stalled every write to a collection of 60,000 essays for about a second, every 30 s.
     */
    @Override
    public synchronized boolean canHandle(Document query) {
        return existsQuery(query) || super.canHandle(query);
    }

    @Override
    public synchronized Iterable<P> getPositions(Document query) {
        return existsQuery(query) ? List.copyOf(positions.values()) : super.getPositions(query);
    }

    private boolean existsQuery(Document query) {
        if (!isSparse() || fields == null || fields.length != 1 || query.size() != 1) {
            return false;
        }
        return query.get(fields[0]) instanceof Document condition
                && condition.size() == 1
                && Boolean.TRUE.equals(condition.get("$exists"));
    }

    @Override
    protected P removeDocument(KeyValue key) {
        return positions.remove(key);
    }

    /** A null position (a stored document without an id) is kept as {@link Missing}, as the server's H2 index does. */
    @Override
    @SuppressWarnings("unchecked")
    protected boolean putKeyPosition(KeyValue key, P position) {
        return positions.putIfAbsent(key, (P) Missing.ofNullable(position)) == null;
    }

    @Override
    protected Iterable<Map.Entry<KeyValue, P>> getIterable() {
        return positions.entrySet();
    }

    @Override
    protected P getPosition(KeyValue key) {
        return positions.get(key);
    }

    @Override
    public long getCount() {
        return positions.size();
    }

    @Override
    public boolean isEmpty() {
        return positions.isEmpty();
    }

    @Override
    public long getDataSize() {
        return getCount();
    }

    /** The document's key when the server's normalization would leave every value as it is, else null. */
    KeyValue flatKey(Document document) {
        if (fields == null) {
            return null;
        }
        Object[] values = new Object[fields.length];
        for (int i = 0; i < fields.length; i++) {
            Object value = document.get(fields[i]);
            if (!keptAsIs(value)) {
                return null;
            }
            values[i] = value;
        }
        return new KeyValue(values);
    }

    /** Values the server's normalization returns unchanged (numbers become doubles, missing becomes null, ...). */
    private static boolean keptAsIs(Object value) {
        return value != null
                && !(value instanceof Missing)
                && !(value instanceof Number)
                && !(value instanceof Map)
                && !(value instanceof Collection);
    }
}
