package cn.wangben.assignment.similarity.persistence;

import cn.wangben.assignment.similarity.EssayScope;
import cn.wangben.assignment.similarity.IndexedEssay;
import cn.wangben.assignment.similarity.NearCopyIndex;
import cn.wangben.assignment.similarity.Signature;
import cn.wangben.contracts.ids.SubmissionId;
import cn.wangben.contracts.ids.TeacherId;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

/**
 * One document per indexed essay (its signature and band keys) and one per LSH bucket (the essays sharing a band key),
 * both found by id: a new essay reads its few buckets and then only the signatures they name, so the cost per essay
 * does not grow with the module's size, whatever the store's secondary indexes can do. A batch of essays reads all
 * its buckets in one query and writes all its signatures, then all its bucket joins, in one bulk each.
 */
@Repository
class MongoNearCopyIndex implements NearCopyIndex {
    static final String COLLECTION = "near_copy_signatures";
    static final String BUCKETS = "near_copy_buckets";
    private static final String MEMBERS = "members";
    private final MongoTemplate mongo;

    MongoNearCopyIndex(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public List<IndexedEssay> candidates(EssayScope scope, String scheme, long[] bandKeys) {
        Set<String> members = new LinkedHashSet<>();
        mongo.getCollection(BUCKETS)
                .find(Filters.in("_id", bucketIds(scope, scheme, bandKeys)))
                .forEach(bucket -> members.addAll(bucket.getList(MEMBERS, String.class)));
        if (members.isEmpty()) {
            return List.of();
        }
        List<IndexedEssay> essays = new ArrayList<>();
        for (Document d : mongo.getCollection(COLLECTION).find(Filters.in("_id", members))) {
            // a bucket may still name an essay removed after a crash: only the signature's own scope counts
            if (inScope(d, scope) && scheme.equals(d.getString("scheme"))) {
                essays.add(new IndexedEssay(
                        SubmissionId.of(d.getString("_id")),
                        TeacherId.of(d.getString("teacherId")),
                        Signature.of(d.getList("signature", Long.class).stream()
                                .mapToLong(Long::longValue)
                                .toArray())));
            }
        }
        return essays;
    }

    @Override
    public void addAll(EssayScope scope, String scheme, List<Banded> essays, int bucketCapacity) {
        if (essays.isEmpty()) {
            return;
        }
        List<WriteModel<Document>> signatures = new ArrayList<>();
        Map<String, Set<String>> joins = new LinkedHashMap<>();
        for (Banded b : essays) {
            IndexedEssay essay = b.essay();
            String id = essay.submission().value();
            Document d = new Document("_id", id)
                    .append("countyId", scope.county().value())
                    .append("moduleId", scope.module().value())
                    .append("teacherId", essay.author().value())
                    .append("scheme", scheme)
                    .append("signature", boxed(essay.signature().values()))
                    .append("bands", boxed(b.bandKeys()));
            signatures.add(new ReplaceOneModel<>(Filters.eq("_id", id), d, new ReplaceOptions().upsert(true)));
            for (String bucket : bucketIds(scope, scheme, b.bandKeys())) {
                joins.computeIfAbsent(bucket, k -> new LinkedHashSet<>()).add(id);
            }
        }
        // signatures first: a bucket never names an essay whose signature is missing, unless after a removal's crash
        mongo.getCollection(COLLECTION).bulkWrite(signatures, new BulkWriteOptions().ordered(false));
        List<WriteModel<Document>> buckets = new ArrayList<>();
        // a full bucket does not match, and its upsert then collides with it on _id: that is "full", not an error
        Bson notFull = Filters.exists(MEMBERS + "." + (bucketCapacity - 1), false);
        joins.forEach((bucket, members) -> buckets.add(new UpdateOneModel<>(
                Filters.and(Filters.eq("_id", bucket), notFull),
                Updates.addEachToSet(MEMBERS, List.copyOf(members)),
                new UpdateOptions().upsert(true))));
        try {
            mongo.getCollection(BUCKETS).bulkWrite(buckets, new BulkWriteOptions().ordered(false));
        } catch (MongoBulkWriteException e) {
            if (!e.getWriteErrors().stream()
                    .allMatch(error -> ErrorCategory.fromErrorCode(error.getCode()) == ErrorCategory.DUPLICATE_KEY)) {
                throw e;
            }
        }
    }

    @Override
    public void remove(EssayScope scope, Collection<SubmissionId> submissions) {
        if (submissions.isEmpty()) {
            return;
        }
        List<String> ids =
                submissions.stream().map(SubmissionId::value).distinct().toList();
        Map<String, List<String>> leaves = new LinkedHashMap<>();
        List<String> removed = new ArrayList<>();
        for (Document d : mongo.getCollection(COLLECTION).find(Filters.in("_id", ids))) {
            if (!inScope(d, scope)) {
                continue;
            }
            long[] bands = d.getList("bands", Long.class).stream()
                    .mapToLong(Long::longValue)
                    .toArray();
            for (String bucket : bucketIds(scope, d.getString("scheme"), bands)) {
                leaves.computeIfAbsent(bucket, b -> new ArrayList<>()).add(d.getString("_id"));
            }
            removed.add(d.getString("_id"));
        }
        if (removed.isEmpty()) {
            return;
        }
        List<WriteModel<Document>> pulls = new ArrayList<>();
        leaves.forEach((bucket, members) ->
                pulls.add(new UpdateOneModel<>(Filters.eq("_id", bucket), Updates.pullAll(MEMBERS, members))));
        mongo.getCollection(BUCKETS).bulkWrite(pulls, new BulkWriteOptions().ordered(false));
        // the signatures go last: a retry after a crash still knows which buckets to leave
        mongo.getCollection(COLLECTION).deleteMany(Filters.in("_id", removed));
    }

    private static boolean inScope(Document d, EssayScope scope) {
        return scope.county().value().equals(d.getString("countyId"))
                && scope.module().value().equals(d.getString("moduleId"));
    }

    private static List<String> bucketIds(EssayScope scope, String scheme, long[] bandKeys) {
        String prefix = scope.county().value() + "|" + scope.module().value() + "|" + scheme + "|";
        return Arrays.stream(bandKeys).distinct().mapToObj(k -> prefix + k).toList();
    }

    private static List<Long> boxed(long[] values) {
        return Arrays.stream(values).boxed().toList();
    }
}
