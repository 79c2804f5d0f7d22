package cn.wangben.assignment.similarity;

import cn.wangben.contracts.ids.SubmissionId;
import java.util.List;

/**
 * Signatures by LSH band key, per county and module, so a new essay is compared with the few essays that share a band
 * key rather than with every essay of the module.
 */
public interface NearCopyIndex {
    /** Essays of the scope and scheme that share at least one of the band keys. */
    List<IndexedEssay> candidates(EssayScope scope, String scheme, long[] bandKeys);

    /** Idempotent by submission id: a redelivered event stores the essay once. */
    void add(EssayScope scope, String scheme, IndexedEssay essay, long[] bandKeys);

    /** A superseded attempt no longer counts, so nobody should be flagged against it. */
    void remove(EssayScope scope, SubmissionId submission);
}
