package cn.wangben.devstack;

import cn.wangben.mongolocal.IdLookups;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.bson.Document;
import java.util.Optional;
import org.h2.mvstore.MVMap;

/** An H2 collection planning id lookups with guards through the _id index, as MongoDB does ({@link IdLookups}). */
final class IdLookupH2Collection extends H2Collection {
    IdLookupH2Collection(
            MongoDatabase database,
            String name,
            CollectionOptions options,
            MVMap<Object, Document> data,
            MVMap<String, Object> meta,
            CursorRegistry cursors) {
        super(database, name, options, data, meta, cursors);
    }

    @Override
    protected QueryResult queryDocuments(
            Document query, Document orderBy, int skip, int limit, int batchSize, Document projection) {
        Optional<Iterable<Object>> candidates = IdLookups.candidates(query, getIndexes());
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
