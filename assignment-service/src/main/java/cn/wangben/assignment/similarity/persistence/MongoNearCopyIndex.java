package cn.wangben.assignment.similarity.persistence;

import cn.wangben.assignment.similarity.EssayScope;
import cn.wangben.assignment.similarity.IndexedEssay;
import cn.wangben.assignment.similarity.NearCopyIndex;
import cn.wangben.assignment.similarity.Signature;
import cn.wangben.contracts.ids.SubmissionId;
import cn.wangben.contracts.ids.TeacherId;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReplaceOptions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

/**
 * One document per indexed essay: its signature and its band keys. The multikey index on the band keys finds the
 * candidates sharing a bucket without reading the module's other signatures.
 */
@Repository
class MongoNearCopyIndex implements NearCopyIndex {
    static final String COLLECTION = "near_copy_signatures";
    private final MongoTemplate mongo;

    MongoNearCopyIndex(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.getCollection(COLLECTION).createIndex(Indexes.ascending("countyId", "moduleId", "scheme", "bands"));
    }

    @Override
    public List<IndexedEssay> candidates(EssayScope scope, String scheme, long[] bandKeys) {
        return mongo.getCollection(COLLECTION)
                .find(Filters.and(
                        Filters.eq("countyId", scope.county().value()),
                        Filters.eq("moduleId", scope.module().value()),
                        Filters.eq("scheme", scheme),
                        Filters.in("bands", boxed(bandKeys))))
                .projection(Projections.include("teacherId", "signature"))
                .map(d -> new IndexedEssay(
                        SubmissionId.of(d.getString("_id")),
                        TeacherId.of(d.getString("teacherId")),
                        Signature.of(d.getList("signature", Long.class).stream()
                                .mapToLong(Long::longValue)
                                .toArray())))
                .into(new ArrayList<>());
    }

    @Override
    public void add(EssayScope scope, String scheme, IndexedEssay essay, long[] bandKeys) {
        Document d = new Document("_id", essay.submission().value())
                .append("countyId", scope.county().value())
                .append("moduleId", scope.module().value())
                .append("teacherId", essay.author().value())
                .append("scheme", scheme)
                .append("signature", boxed(essay.signature().values()))
                .append("bands", boxed(bandKeys));
        mongo.getCollection(COLLECTION)
                .replaceOne(Filters.eq("_id", d.get("_id")), d, new ReplaceOptions().upsert(true));
    }

    @Override
    public void remove(EssayScope scope, SubmissionId submission) {
        mongo.getCollection(COLLECTION)
                .deleteOne(Filters.and(
                        Filters.eq("_id", submission.value()),
                        Filters.eq("countyId", scope.county().value()),
                        Filters.eq("moduleId", scope.module().value())));
    }

    private static List<Long> boxed(long[] values) {
        return Arrays.stream(values).boxed().toList();
    }
}
