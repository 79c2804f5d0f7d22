package cn.wangben.devstack;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import java.util.List;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * An H2 database whose collections plan id lookups like MongoDB does (see {@link IdLookupH2Collection}) and whose unique
 * indexes order their keys by value ({@link IndexKeyType}).
 */
final class IdLookupH2Database extends H2Database {
    // the map names H2Database itself uses, so data written before this planner existed is found again
    private static final String DATA_MAP = "databases.";
    private static final String META_MAP = "meta.";
    // H2Database's own index maps (keys in serialization order) and this class's (in value order)
    private static final String SERIALIZED_ORDER_INDEX = "._index_";
    private static final String VALUE_ORDER_INDEX = "._vindex_";
    // H2Database's constructor already opens the existing collections, before this class's fields are set
    private static final ThreadLocal<MVStore> OPENING = new ThreadLocal<>();
    private final MVStore store;

    private IdLookupH2Database(String name, MVStore store, CursorRegistry cursors) {
        super(name, store, cursors);
        this.store = store;
    }

    static IdLookupH2Database open(String name, MVStore store, CursorRegistry cursors) {
        OPENING.set(store);
        try {
            return new IdLookupH2Database(name, store, cursors);
        } finally {
            OPENING.remove();
        }
    }

    @Override
    protected MongoCollection<Object> openOrCreateCollection(String name, CollectionOptions options) {
        String namespace = getFullCollectionNamespace(name);
        MVStore store = store();
        return new IdLookupH2Collection(
                this,
                name,
                options,
                store.openMap(DATA_MAP + namespace),
                store.openMap(META_MAP + namespace),
                cursorRegistry);
    }

    /** A store written before holds the index in serialization order: its entries move over once, on first open. */
    @Override
    protected Index<Object> openOrCreateUniqueIndex(
            String collectionName, String indexName, List<IndexKey> keys, boolean sparse) {
        MVStore store = store();
        String namespace = getFullCollectionNamespace(collectionName);
        String name = namespace + VALUE_ORDER_INDEX + indexName;
        boolean existed = store.hasMap(name);
        MVMap<KeyValue, Object> map =
                store.openMap(name, new MVMap.Builder<KeyValue, Object>().keyType(IndexKeyType.INSTANCE));
        String legacy = namespace + SERIALIZED_ORDER_INDEX + indexName;
        if (!existed && store.hasMap(legacy)) {
            MVMap<Object, Object> serializedOrder = store.openMap(legacy);
            serializedOrder.forEach((key, position) -> map.put((KeyValue) key, position));
            store.removeMap(serializedOrder);
        }
        return new ValueOrderedUniqueIndex(map, indexName, keys, sparse);
    }

    @Override
    protected void dropIndex(MongoCollection<Object> collection, String indexName) {
        super.dropIndex(collection, indexName);
        String name = getFullCollectionNamespace(collection.getCollectionName()) + VALUE_ORDER_INDEX + indexName;
        if (store().hasMap(name)) {
            store().removeMap(name);
        }
    }

    private MVStore store() {
        return this.store != null ? this.store : OPENING.get();
    }
}
