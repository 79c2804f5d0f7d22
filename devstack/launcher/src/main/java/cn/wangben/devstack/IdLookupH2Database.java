package cn.wangben.devstack;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import org.h2.mvstore.MVStore;

/** An H2 database whose collections plan id lookups like MongoDB does (see {@link IdLookupH2Collection}). */
final class IdLookupH2Database extends H2Database {
    // the map names H2Database itself uses, so data written before this planner existed is found again
    private static final String DATA_MAP = "databases.";
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
        MVStore store = this.store != null ? this.store : OPENING.get();
        return new IdLookupH2Collection(
                this,
                name,
                options,
                store.openMap(DATA_MAP + namespace),
                store.openMap(META_MAP + namespace),
                cursorRegistry);
    }
}
