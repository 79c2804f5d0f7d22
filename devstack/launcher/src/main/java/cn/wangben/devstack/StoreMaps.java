package cn.wangben.devstack;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * The maps of one collection in the H2 store: its documents as BSON ({@link BsonDocumentType}) and its unique indexes
 * in value order ({@link IndexKeyType}). H2Database's own maps of a store written before are moved over once, when
 * the collection is first opened, then removed; the databases are still found by their "databases." prefix.
 */
final class StoreMaps {
    private static final String LEGACY_DOCUMENTS = "databases.";
    // '$' never occurs in a collection name, so no collection's own map can be named like these
    private static final String DOCUMENTS_SUFFIX = "$bson";
    private static final String LEGACY_INDEX = "._index_";
    private static final String INDEX = "._vindex_";

    private StoreMaps() {}

    static MVMap<Object, Document> documents(MVStore store, String namespace) {
        return open(store, documentsName(namespace), LEGACY_DOCUMENTS + namespace, documentsType());
    }

    static MVMap<KeyValue, Object> uniqueIndex(MVStore store, String namespace, String indexName) {
        return open(store, indexName(namespace, indexName), namespace + LEGACY_INDEX + indexName, indexType());
    }

    static void removeDocuments(MVStore store, String namespace) {
        remove(store, documentsName(namespace));
    }

    static void removeUniqueIndex(MVStore store, String namespace, String indexName) {
        remove(store, indexName(namespace, indexName));
    }

    /** Renames the documents and every unique index of a collection moved to another namespace. */
    static void rename(MVStore store, String from, String to) {
        rename(store, documentsName(from), documentsName(to), documentsType());
        String indexPrefix = from + INDEX;
        for (String name : store.getMapNames()) {
            if (name.startsWith(indexPrefix)) {
                rename(store, name, to + INDEX + name.substring(indexPrefix.length()), indexType());
            }
        }
    }

    /**
     * Opens the map, first moving the legacy map's entries into it if it is new. A legacy map left (or made empty by
     * H2Database's own drop and move) is removed, so it cannot be moved over later.
     */
    @SuppressWarnings("unchecked")
    private static <K, V> MVMap<K, V> open(MVStore store, String name, String legacy, MVMap.Builder<K, V> builder) {
        boolean existed = store.hasMap(name);
        MVMap<K, V> map = store.openMap(name, builder);
        if (store.hasMap(legacy)) {
            MVMap<Object, Object> old = store.openMap(legacy);
            if (!existed) {
                old.forEach((key, value) -> map.put((K) key, (V) value));
            }
            store.removeMap(old);
        }
        return map;
    }

    /** Opened with its own types: the store keeps the instance, and a later open by the new name gets it back. */
    private static void rename(MVStore store, String from, String to, MVMap.Builder<?, ?> type) {
        if (store.hasMap(from)) {
            store.renameMap(store.openMap(from, type), to);
        }
    }

    private static MVMap.Builder<Object, Document> documentsType() {
        return new MVMap.Builder<Object, Document>().valueType(BsonDocumentType.INSTANCE);
    }

    private static MVMap.Builder<KeyValue, Object> indexType() {
        return new MVMap.Builder<KeyValue, Object>().keyType(IndexKeyType.INSTANCE);
    }

    private static void remove(MVStore store, String name) {
        if (store.hasMap(name)) {
            store.removeMap(name);
        }
    }

    private static String documentsName(String namespace) {
        return LEGACY_DOCUMENTS + namespace + DOCUMENTS_SUFFIX;
    }

    private static String indexName(String namespace, String indexName) {
        return namespace + INDEX + indexName;
    }
}
