package cn.wangben.assignment.similarity;

import cn.wangben.contracts.ids.SubmissionId;
import cn.wangben.contracts.ids.TeacherId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.LongStream;

/**
 * Finds near-copies among the essays of one module: shingle, sign with MinHash, look up the LSH candidates, keep those
 * whose estimated Jaccard similarity reaches the threshold. The same author's other attempts never count. A batch of
 * essays costs one candidate read and one write however many essays it holds.
 */
public final class NearCopyDetector {
    private final NearCopyIndex index;
    private final SimilaritySettings settings;
    private final Shingler shingler;
    private final MinHasher hasher;

    public NearCopyDetector(NearCopyIndex index, SimilaritySettings settings) {
        this.index = index;
        this.settings = settings;
        this.shingler = new Shingler(settings.shingleLength());
        this.hasher = new MinHasher(settings.hashes(), settings.seed());
    }

    /** Indexes the essay and returns the near-copies already indexed, most similar first. Idempotent. */
    public List<NearCopy> register(EssayScope scope, SubmissionId submission, TeacherId author, String text) {
        return registerAll(scope, List.of(new Essay(submission, author, text))).get(submission);
    }

    /**
     * Indexes the essays and returns, for each (in the given order), its near-copies most similar first: those indexed
     * before and the earlier essays of the batch, exactly as if they were registered one by one. Idempotent.
     */
    public Map<SubmissionId, List<NearCopy>> registerAll(EssayScope scope, List<Essay> essays) {
        Map<SubmissionId, List<NearCopy>> found = new LinkedHashMap<>();
        List<NearCopyIndex.Banded> signed = new ArrayList<>();
        for (Essay essay : essays) {
            found.put(essay.submission(), List.of());
            long[] shingles = shingler.shingles(essay.text());
            if (shingles.length >= settings.minShingles()) {
                Signature signature = hasher.sign(shingles);
                signed.add(new NearCopyIndex.Banded(
                        new IndexedEssay(essay.submission(), essay.author(), signature),
                        signature.bandKeys(settings.bands())));
            }
        }
        if (signed.isEmpty()) {
            return found;
        }
        long[] union = signed.stream()
                .flatMapToLong(b -> LongStream.of(b.bandKeys()))
                .distinct()
                .toArray();
        // the stored essays by band key; a stored essay's keys follow from its signature under the same scheme
        Map<Long, Map<SubmissionId, IndexedEssay>> buckets = new HashMap<>();
        for (IndexedEssay stored : index.candidates(scope, settings.scheme(), union)) {
            file(buckets, stored, stored.signature().bandKeys(settings.bands()));
        }
        for (NearCopyIndex.Banded b : signed) {
            found.put(b.essay().submission(), nearCopies(b, buckets));
            // later essays of the batch see this one, as they would once it was indexed
            file(buckets, b.essay(), b.bandKeys());
        }
        index.addAll(scope, settings.scheme(), signed, settings.bucketCapacity());
        return found;
    }

    /** The most flags one grading item holds. */
    public int flagsKept() {
        return settings.flagsKept();
    }

    public void forget(EssayScope scope, SubmissionId submission) {
        index.remove(scope, submission);
    }

    /** Superseded attempts of one module, all at once. */
    public void forgetAll(EssayScope scope, Collection<SubmissionId> submissions) {
        index.remove(scope, submissions);
    }

    private List<NearCopy> nearCopies(NearCopyIndex.Banded essay, Map<Long, Map<SubmissionId, IndexedEssay>> buckets) {
        IndexedEssay self = essay.essay();
        Map<SubmissionId, IndexedEssay> candidates = new LinkedHashMap<>();
        for (long key : essay.bandKeys()) {
            candidates.putAll(buckets.getOrDefault(key, Map.of()));
        }
        List<NearCopy> found = new ArrayList<>();
        for (IndexedEssay candidate : candidates.values()) {
            if (candidate.submission().equals(self.submission())
                    || candidate.author().equals(self.author())) {
                continue;
            }
            double similarity = self.signature().similarity(candidate.signature());
            if (similarity >= settings.threshold()) {
                found.add(NearCopy.of(candidate, similarity));
            }
        }
        found.sort(Comparator.comparing(NearCopy::similarity).reversed());
        return List.copyOf(found.subList(0, Math.min(found.size(), settings.flagsKept())));
    }

    private static void file(Map<Long, Map<SubmissionId, IndexedEssay>> buckets, IndexedEssay essay, long[] keys) {
        for (long key : keys) {
            buckets.computeIfAbsent(key, k -> new LinkedHashMap<>()).put(essay.submission(), essay);
        }
    }

    /** An essay to check: its attempt, its author and its text. */
    public record Essay(SubmissionId submission, TeacherId author, String text) {
        public Essay {
            Objects.requireNonNull(submission, "submission");
            Objects.requireNonNull(author, "author");
            Objects.requireNonNull(text, "text");
        }
    }
}
