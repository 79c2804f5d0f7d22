package cn.wangben.mongolocal;

import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.bwaldvogel.mongo.backend.memory.MemoryCollection;
import de.bwaldvogel.mongo.backend.memory.MemoryDatabase;
import de.bwaldvogel.mongo.bson.Document;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The in-memory back end of the embedded test server, planning id lookups as MongoDB does ({@link IdLookups}) and
 * keeping no data size ({@link IdLookups#DATA_SIZE_KEPT}) and reading flat index keys directly
 * ({@link FlatKeyUniqueIndex}).
 */
public final class IdLookupMemoryBackend extends MemoryBackend {

    @Override
    public MemoryDatabase openOrCreateDatabase(String databaseName) {
        return new Database(databaseName, getCursorRegistry());
    }

    private static final class Database extends MemoryDatabase {
        Database(String name, CursorRegistry cursors) {
            super(name, cursors);
        }

        @Override
        protected MemoryCollection openOrCreateCollection(String name, CollectionOptions options) {
            return new Collection(this, name, options, cursorRegistry);
        }

        @Override
        protected Index<Integer> openOrCreateUniqueIndex(
                String collectionName, String indexName, List<IndexKey> keys, boolean sparse) {
            return new FlatKeyUniqueIndex<>(new ConcurrentHashMap<>(), indexName, keys, sparse);
        }
    }

    private static final class Collection extends MemoryCollection {
        Collection(Database database, String name, CollectionOptions options, CursorRegistry cursors) {
            super(database, name, options, cursors);
        }

        @Override
        protected QueryResult queryDocuments(
                Document query, Document orderBy, int skip, int limit, int batchSize, Document projection) {
            Optional<Iterable<Integer>> candidates = IdLookups.candidates(query, getIndexes());
            if (candidates.isEmpty()) {
                return super.queryDocuments(query, orderBy, skip, limit, batchSize, projection);
            }
            return matchDocuments(query, candidates.get(), orderBy, skip, limit, batchSize, projection);
        }

        /** The answer is copied while the collection is still locked ({@link IdLookups#answerOf}). */
        @Override
        public synchronized Document findAndModify(Document query) {
            return IdLookups.answerOf(super.findAndModify(query));
        }

        @Override
        protected boolean tracksDataSize() {
            return IdLookups.DATA_SIZE_KEPT;
        }
    }
}
