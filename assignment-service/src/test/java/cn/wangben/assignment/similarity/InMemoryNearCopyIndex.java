package cn.wangben.assignment.similarity;

import cn.wangben.contracts.ids.SubmissionId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The index port in memory, with the same semantics as the Mongo one; also counts comparisons for the tests. */
final class InMemoryNearCopyIndex implements NearCopyIndex {
    private record Entry(EssayScope scope, String scheme, IndexedEssay essay, long[] keys) {}

    private final Map<SubmissionId, Entry> bySubmission = new LinkedHashMap<>();
    private final Map<String, Set<SubmissionId>> byBucket = new HashMap<>();
    private long candidatesReturned;

    @Override
    public List<IndexedEssay> candidates(EssayScope scope, String scheme, long[] bandKeys) {
        Set<SubmissionId> ids = new LinkedHashSet<>();
        for (long key : bandKeys) {
            ids.addAll(byBucket.getOrDefault(bucket(scope, scheme, key), Set.of()));
        }
        List<IndexedEssay> found = new ArrayList<>();
        ids.forEach(id -> found.add(bySubmission.get(id).essay()));
        candidatesReturned += found.size();
        return found;
    }

    @Override
    public void add(EssayScope scope, String scheme, IndexedEssay essay, long[] bandKeys) {
        remove(scope, essay.submission());
        bySubmission.put(essay.submission(), new Entry(scope, scheme, essay, bandKeys.clone()));
        for (long key : bandKeys) {
            byBucket.computeIfAbsent(bucket(scope, scheme, key), k -> new LinkedHashSet<>())
                    .add(essay.submission());
        }
    }

    @Override
    public void remove(EssayScope scope, SubmissionId submission) {
        Entry entry = bySubmission.remove(submission);
        if (entry != null) {
            for (long key : entry.keys()) {
                byBucket.get(bucket(entry.scope(), entry.scheme(), key)).remove(submission);
            }
        }
    }

    int size() {
        return bySubmission.size();
    }

    long candidatesReturned() {
        return candidatesReturned;
    }

    private static String bucket(EssayScope scope, String scheme, long key) {
        return scope.county() + "/" + scope.module() + "/" + scheme + "/" + key;
    }
}
