package cn.wangben.assignment.similarity;

import cn.wangben.contracts.ids.SubmissionId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** The index port in memory, with the same semantics as the Mongo one; also counts comparisons and round trips for the tests. */
public final class InMemoryNearCopyIndex implements NearCopyIndex {
    private record Entry(EssayScope scope, String scheme, IndexedEssay essay, long[] keys) {}

    private final Map<SubmissionId, Entry> bySubmission = new LinkedHashMap<>();
    private final Map<String, Set<SubmissionId>> byBucket = new HashMap<>();
    private long candidatesReturned;
    private int reads;
    private int writes;
    private int removals;

    @Override
    public List<IndexedEssay> candidates(EssayScope scope, String scheme, long[] bandKeys) {
        Set<SubmissionId> ids = new LinkedHashSet<>();
        for (long key : bandKeys) {
            ids.addAll(byBucket.getOrDefault(bucket(scope, scheme, key), Set.of()));
        }
        List<IndexedEssay> found = new ArrayList<>();
        ids.forEach(id -> found.add(bySubmission.get(id).essay()));
        candidatesReturned += found.size();
        reads++;
        return found;
    }

    @Override
    public void addAll(EssayScope scope, String scheme, List<Banded> essays, int bucketCapacity) {
        writes++;
        for (Banded b : essays) {
            IndexedEssay essay = b.essay();
            removeOne(essay.submission());
            bySubmission.put(essay.submission(), new Entry(scope, scheme, essay, b.bandKeys()));
            for (long key : b.bandKeys()) {
                Set<SubmissionId> members =
                        byBucket.computeIfAbsent(bucket(scope, scheme, key), k -> new LinkedHashSet<>());
                if (members.size() < bucketCapacity) {
                    members.add(essay.submission());
                }
            }
        }
    }

    @Override
    public void remove(EssayScope scope, Collection<SubmissionId> submissions) {
        removals++;
        submissions.forEach(this::removeOne);
    }

    private void removeOne(SubmissionId submission) {
        Entry entry = bySubmission.remove(submission);
        if (entry != null) {
            for (long key : entry.keys()) {
                byBucket.get(bucket(entry.scope(), entry.scheme(), key)).remove(submission);
            }
        }
    }

    /** The indexed essays and the non-empty buckets naming them: equal for equal index states. */
    public Map<String, Set<SubmissionId>> contents() {
        Map<String, Set<SubmissionId>> contents = new TreeMap<>();
        byBucket.forEach((bucket, ids) -> {
            if (!ids.isEmpty()) {
                contents.put(
                        bucket,
                        new TreeSet<>(ids.stream().map(SubmissionId::value).toList())
                                .stream().map(SubmissionId::of).collect(Collectors.toCollection(LinkedHashSet::new)));
            }
        });
        bySubmission.forEach((id, entry) -> contents.put("essay/" + id, Set.of(id)));
        return contents;
    }

    public int size() {
        return bySubmission.size();
    }

    long candidatesReturned() {
        return candidatesReturned;
    }

    /** Removal calls so far: each costs its few round trips in the Mongo index, however many essays it removes. */
    public int removals() {
        return removals;
    }

    /** Candidate reads and batch writes so far: what costs a round trip in the Mongo index. */
    public int roundTrips() {
        return reads + writes;
    }

    private static String bucket(EssayScope scope, String scheme, long key) {
        return scope.county() + "/" + scope.module() + "/" + scheme + "/" + key;
    }
}
