package cn.wangben.devstack;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.bson.Document;
import java.util.List;
import java.util.Optional;
import org.h2.mvstore.MVMap;

/**
 * mongo-java-server uses an index only when the query's field set equals the index's keys, so a lookup by id with a
 * tenant or version guard ({@code {_id: x, countyId: c}} or {@code $and}) scans the whole collection under the
 * collection's lock. A real MongoDB answers those from the _id index; this planner does the same: it takes the
 * candidates from the _id index and lets the server match the rest of the query against them.
 */
final class IdLookupH2Collection extends H2Collection {
    private static final String ID = "_id";
    private static final String AND = "$and";
    private static final String EQ = "$eq";
    private static final List<String> ID_OPERATORS = List.of(EQ, "$in");

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
        Optional<Object> id = idCondition(query);
        Optional<Index<Object>> index = idIndex();
        if (id.isEmpty() || index.isEmpty() || query.keySet().equals(java.util.Set.of(ID))) {
            return super.queryDocuments(query, orderBy, skip, limit, batchSize, projection);
        }
        Iterable<Object> candidates = index.get().getPositions(new Document(ID, id.get()));
        return matchDocuments(query, candidates, orderBy, skip, limit, batchSize, projection);
    }

    /** The id an equality or {@code $in} pins the query to, at the top level or inside a top-level {@code $and}. */
    static Optional<Object> idCondition(Document query) {
        if (query.containsKey(ID)) {
            return usable(query.get(ID));
        }
        if (query.get(AND) instanceof List<?> clauses) {
            for (Object clause : clauses) {
                if (clause instanceof Document d && d.containsKey(ID)) {
                    Optional<Object> id = usable(d.get(ID));
                    if (id.isPresent()) {
                        return id;
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Object> usable(Object condition) {
        if (!(condition instanceof Document operators)) {
            return Optional.ofNullable(condition);
        }
        // {$eq: v} and {$in: [...]} are index lookups; any other operator (or a document-valued id) is left to the scan
        if (operators.size() != 1
                || !ID_OPERATORS.contains(operators.keySet().iterator().next())) {
            return Optional.empty();
        }
        return operators.containsKey(EQ) ? Optional.ofNullable(operators.get(EQ)) : Optional.of(operators);
    }

    private Optional<Index<Object>> idIndex() {
        return getIndexes().stream()
                .filter(Index::isUnique)
                .filter(i -> i.getKeys().size() == 1)
                .filter(i -> i.getKeys().stream().map(IndexKey::getKey).allMatch(ID::equals))
                .findFirst();
    }
}
