package cn.wangben.assignment.similarity.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wangben.assignment.AssignmentIT;
import cn.wangben.assignment.similarity.EssayScope;
import cn.wangben.assignment.similarity.IndexedEssay;
import cn.wangben.assignment.similarity.NearCopyIndex;
import cn.wangben.assignment.similarity.Signature;
import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.ModuleId;
import cn.wangben.contracts.ids.SubmissionId;
import cn.wangben.contracts.ids.TeacherId;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The LSH buckets against the embedded Mongo-wire server: a full bucket takes no more essays, and that is no error. */
@AssignmentIT
class MongoNearCopyIndexIT {
    static final String SCHEME = "k5-h4-b2-test";
    static final long[] TEMPLATE_KEYS = {11L, 22L};

    @Autowired
    NearCopyIndex index;

    @Autowired
    MongoTemplate mongo;

    @Test
    void aFullBucketTakesNoMoreEssaysAndTheBatchStillStoresEverySignature() {
        EssayScope scope = new EssayScope(CountyId.of("qingshan"), ModuleId.random());
        int capacity = 3;

        index.addAll(scope, SCHEME, copies(0, 2), capacity);
        index.addAll(scope, SCHEME, copies(2, 6), capacity);
        index.addAll(scope, SCHEME, copies(6, 8), capacity);

        List<IndexedEssay> candidates = index.candidates(scope, SCHEME, TEMPLATE_KEYS);
        assertThat(candidates)
                .as("a batch may fill a bucket past its capacity once, then it takes no more")
                .extracting(e -> e.submission().value())
                .containsExactlyInAnyOrder("s0", "s1", "s2", "s3", "s4", "s5");
        assertThat(mongo.getCollection(MongoNearCopyIndex.COLLECTION)
                        .countDocuments(new Document("moduleId", scope.module().value())))
                .isEqualTo(8);
    }

    @Test
    void supersededAttemptsLeaveTheirBucketsAndSignaturesTogetherAndOnlyInTheirOwnModule() {
        EssayScope scope = new EssayScope(CountyId.of("qingshan"), ModuleId.random());
        EssayScope otherModule = new EssayScope(CountyId.of("qingshan"), ModuleId.random());
        String prefix = scope.module().value() + "-";
        List<NearCopyIndex.Banded> essays = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            IndexedEssay essay = new IndexedEssay(
                    SubmissionId.of(prefix + i), TeacherId.of("t" + i), Signature.of(new long[] {1, 2, 3, 4}));
            essays.add(new NearCopyIndex.Banded(essay, TEMPLATE_KEYS));
        }
        index.addAll(scope, SCHEME, essays, 10);

        index.remove(
                scope,
                List.of(SubmissionId.of(prefix + 0), SubmissionId.of(prefix + 2), SubmissionId.of(prefix + "unknown")));
        index.remove(otherModule, List.of(SubmissionId.of(prefix + 1)));

        assertThat(index.candidates(scope, SCHEME, TEMPLATE_KEYS))
                .extracting(e -> e.submission().value())
                .containsExactlyInAnyOrder(prefix + 1, prefix + 3);
        assertThat(mongo.getCollection(MongoNearCopyIndex.COLLECTION)
                        .countDocuments(new Document("moduleId", scope.module().value())))
                .isEqualTo(2);
    }

    private static List<NearCopyIndex.Banded> copies(int from, int to) {
        List<NearCopyIndex.Banded> copies = new ArrayList<>();
        for (int i = from; i < to; i++) {
            IndexedEssay essay = new IndexedEssay(
                    SubmissionId.of("s" + i), TeacherId.of("t" + i), Signature.of(new long[] {1, 2, 3, 4}));
            copies.add(new NearCopyIndex.Banded(essay, TEMPLATE_KEYS));
        }
        return copies;
    }
}
