package cn.wangben.devstack;

import cn.wangben.mongolocal.FlatKeyUniqueIndex;
import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.oplog.Oplog;
import java.util.List;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * An H2 database whose collections plan id lookups like MongoDB does (see {@link IdLookupH2Collection}), keep their
 * documents as BSON and their unique indexes in value order ({@link StoreMaps}).
 */
final class IdLookupH2Database extends H2Database {
    // the meta map name H2Database itself uses, so a store written before is read again
    private static final String META_MAP = "meta.";
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
                StoreMaps.documents(store, namespace),
                store.openMap(META_MAP + namespace),
                cursorRegistry);
    }

    @Override
    protected Index<Object> openOrCreateUniqueIndex(
            String collectionName, String indexName, List<IndexKey> keys, boolean sparse) {
        MVMap<KeyValue, Object> map =
                StoreMaps.uniqueIndex(store(), getFullCollectionNamespace(collectionName), indexName);
        return new FlatKeyUniqueIndex<>(map, indexName, keys, sparse);
    }

    @Override
    protected void dropIndex(MongoCollection<Object> collection, String indexName) {
        super.dropIndex(collection, indexName);
        StoreMaps.removeUniqueIndex(store(), getFullCollectionNamespace(collection.getCollectionName()), indexName);
    }

    @Override
    public void dropCollection(String collectionName, Oplog oplog) {
        super.dropCollection(collectionName, oplog);
        StoreMaps.removeDocuments(store(), getFullCollectionNamespace(collectionName));
    }

    @Override
    public void moveCollection(MongoDatabase target, MongoCollection<?> collection, String newName) {
        String from = collection.getFullName();
        super.moveCollection(target, collection, newName);
        StoreMaps.rename(store(), from, ((IdLookupH2Database) target).getFullCollectionNamespace(newName));
    }

    private MVStore store() {
        return this.store != null ? this.store : OPENING.get();
    }
}
