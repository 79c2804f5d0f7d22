package cn.wangben.mongolocal;

import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The memory back end's unique index with flat keys read directly ({@link FlatKeyUniqueIndex}). */
final class FlatKeyMemoryIndex extends FlatKeyUniqueIndex<Integer> {
    private final Map<KeyValue, Integer> positions = new ConcurrentHashMap<>();

    FlatKeyMemoryIndex(String name, List<IndexKey> keys, boolean sparse) {
        super(name, keys, sparse);
    }

    @Override
    protected Integer removeDocument(KeyValue key) {
        return positions.remove(key);
    }

    @Override
    protected boolean putKeyPosition(KeyValue key, Integer position) {
        return positions.putIfAbsent(key, position) == null;
    }

    @Override
    protected Iterable<Map.Entry<KeyValue, Integer>> getIterable() {
        return positions.entrySet();
    }

    @Override
    protected Integer getPosition(KeyValue key) {
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
}
