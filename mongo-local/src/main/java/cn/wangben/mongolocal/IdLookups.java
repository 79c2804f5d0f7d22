package cn.wangben.mongolocal;

import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.bson.Document;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * mongo-java-server uses an index only when the query's field set equals the index's keys, so a lookup by id with a
 * tenant or version guard ({@code {_id: x, countyId: c}} or {@code $and}) scans the whole collection under the
 * collection's lock. A real MongoDB answers those from the _id index; collections built on this planner do the same:
 * they take the candidates from the _id index and let the server match the rest of the query against them.
 */
public final class IdLookups {
    /**
     * Whether the local servers keep each collection's data size (for collStats, which no service reads): keeping it
     * encodes every inserted, updated and removed document to BSON once more only to measure it, and on the H2 store
     * writes the collection's meta map on every change.
     */
    public static final boolean DATA_SIZE_KEPT = false;

    private static final String ID = "_id";
    private static final String AND = "$and";
    private static final String EQ = "$eq";
    private static final List<String> ID_OPERATORS = List.of(EQ, "$in");

    private IdLookups() {}

    /**
     * A findAndModify answer that no later write can change. mongo-java-server answers with the stored document itself,
     * and the reply is encoded after the collection's lock is released: a concurrent {@code $inc} could change the
     * answer first, so two callers read the same counter value (two essays of one teacher got one attempt number, and
     * 16 threads incrementing one counter 4,800 times read 30–578 values twice).
     */
    public static Document answerOf(Document answer) {
        return answer == null ? null : answer.cloneDeeply();
    }

    /**
     * The _id index's candidates for a query pinned to ids by something more than a bare id (which the server plans
     * itself), or empty when the query must be left to the server.
     */
    public static <P> Optional<Iterable<P>> candidates(Document query, List<Index<P>> indexes) {
        Optional<Object> id = idCondition(query);
        if (id.isEmpty() || query.keySet().equals(Set.of(ID))) {
            return Optional.empty();
        }
        return indexes.stream()
                .filter(Index::isUnique)
                .filter(i -> i.getKeys().size() == 1)
                .filter(i -> i.getKeys().stream().map(IndexKey::getKey).allMatch(ID::equals))
                .findFirst()
                .map(index -> index.getPositions(new Document(ID, id.get())));
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
}
