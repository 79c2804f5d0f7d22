package cn.wangben.assignment.similarity;

/**
 * How near-copies are found. Signatures are only comparable under the same {@link #scheme()}: changing the shingle
 * length, the number of hashes, the banding or the seed starts a new index rather than mixing incomparable ones.
 *
 * @param shingleLength characters per shingle (k); Chinese text has no word boundaries, so shingles are characters
 * @param hashes positions per signature (one-permutation MinHash bins); the estimate's standard error is about
 *     sqrt(J(1-J)/hashes)
 * @param bands LSH bands; {@code hashes / bands} rows each. Two essays become candidates when one band agrees
 * @param threshold estimated Jaccard similarity of the shingle sets at or above which two essays are near-copies
 * @param seed seed of the hash functions; persisted signatures depend on it
 * @param minShingles essays with fewer distinct shingles are too short to judge and are not compared
 * @param flagsKept the most similar near-copies flagged for one essay, and the most flags one grading item holds: a
 *     template handed in by many teachers is flagged on each of them without the work growing with the copies
 * @param bucketCapacity the most essays an LSH bucket names; a full bucket takes no more, so a template's later copies
 *     are still found through its first ones while each check reads a bounded number of signatures
 */
public record SimilaritySettings(
        int shingleLength,
        int hashes,
        int bands,
        double threshold,
        long seed,
        int minShingles,
        int flagsKept,
        int bucketCapacity) {

    public SimilaritySettings {
        require(shingleLength >= 1, "shingleLength must be at least 1");
        require(hashes >= 1, "hashes must be at least 1");
        require(bands >= 1 && hashes % bands == 0, "bands must divide hashes");
        require(threshold > 0 && threshold <= 1, "threshold must be in (0, 1]");
        require(minShingles >= 1, "minShingles must be at least 1");
        require(flagsKept >= 1, "flagsKept must be at least 1");
        require(bucketCapacity >= 1, "bucketCapacity must be at least 1");
    }

    public int rows() {
        return hashes / bands;
    }

    /** Names the signature scheme, so signatures of different settings are never compared. */
    public String scheme() {
        // "oph": one-permutation signatures; the earlier n-function signatures (no prefix) are not comparable with them
        return "oph-k" + shingleLength + "-h" + hashes + "-b" + bands + "-s" + Long.toHexString(seed);
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
