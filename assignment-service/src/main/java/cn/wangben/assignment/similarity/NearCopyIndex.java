package cn.wangben.assignment.similarity;

import cn.wangben.contracts.ids.SubmissionId;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Signatures by LSH band key, per county and module, so a new essay is compared with the few essays that share a band
 * key rather than with every essay of the module. Reads and writes take a whole batch of essays: the cost is in the
 * round trips, not in the number of keys.
 */
public interface NearCopyIndex {
    /** Essays of the scope and scheme that share at least one of the band keys (of any essay of a batch). */
    List<IndexedEssay> candidates(EssayScope scope, String scheme, long[] bandKeys);

    /**
     * Idempotent by submission id: a redelivered event stores the essay once. A bucket that names {@code
     * bucketCapacity} essays takes no more (a batch may fill it past that once); the essay is still indexed under its
     * other keys.
     */
    void addAll(EssayScope scope, String scheme, List<Banded> essays, int bucketCapacity);

    /** A superseded attempt no longer counts, so nobody should be flagged against it. */
    default void remove(EssayScope scope, SubmissionId submission) {
        remove(scope, List.of(submission));
    }

    /** Superseded attempts of one module, removed together (a few round trips for all of them). */
    void remove(EssayScope scope, Collection<SubmissionId> submissions);

    /** An essay to index with the band keys it is filed under. */
    record Banded(IndexedEssay essay, long[] bandKeys) {
        public Banded {
            Objects.requireNonNull(essay, "essay");
            bandKeys = bandKeys.clone();
        }

        @Override
        public long[] bandKeys() {
            return bandKeys.clone();
        }
    }
}
