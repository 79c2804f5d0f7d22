package cn.wangben.assignment.similarity;

import cn.wangben.contracts.ids.SubmissionId;
import cn.wangben.contracts.ids.TeacherId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds near-copies among the essays of one module: shingle, sign with MinHash, look up the LSH candidates, keep those
 * whose estimated Jaccard similarity reaches the threshold. The same author's other attempts never count.
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
        long[] shingles = shingler.shingles(text);
        if (shingles.length < settings.minShingles()) {
            return List.of();
        }
        Signature signature = hasher.sign(shingles);
        long[] keys = signature.bandKeys(settings.bands());
        List<NearCopy> found = new ArrayList<>();
        for (IndexedEssay candidate : index.candidates(scope, settings.scheme(), keys)) {
            if (candidate.submission().equals(submission) || candidate.author().equals(author)) {
                continue;
            }
            double similarity = signature.similarity(candidate.signature());
            if (similarity >= settings.threshold()) {
                found.add(NearCopy.of(candidate, similarity));
            }
        }
        index.add(scope, settings.scheme(), new IndexedEssay(submission, author, signature), keys);
        found.sort(Comparator.comparing(NearCopy::similarity).reversed());
        return found;
    }

    public void forget(EssayScope scope, SubmissionId submission) {
        index.remove(scope, submission);
    }
}
