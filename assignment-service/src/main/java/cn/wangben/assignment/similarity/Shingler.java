package cn.wangben.assignment.similarity;

import java.util.Arrays;

/**
 * Turns a text into the distinct 64-bit hashes of its k-character shingles. Only letters and digits count: whitespace,
 * punctuation and symbols are dropped first, so re-punctuating or re-flowing a copied essay does not hide it.
 */
public final class Shingler {
    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;
    private final int length;

    public Shingler(int length) {
        if (length < 1) {
            throw new IllegalArgumentException("shingle length must be at least 1");
        }
        this.length = length;
    }

    /** Letters (Chinese characters are letters) and digits, case-folded. */
    static int[] normalize(String text) {
        return text.codePoints()
                .filter(Character::isLetterOrDigit)
                .map(Character::toLowerCase)
                .toArray();
    }

    /** Sorted, distinct shingle hashes; a text shorter than one shingle is a single shingle of itself. */
    public long[] shingles(String text) {
        int[] points = normalize(text);
        if (points.length == 0) {
            return new long[0];
        }
        int width = Math.min(length, points.length);
        long[] hashes = new long[points.length - width + 1];
        for (int start = 0; start < hashes.length; start++) {
            long hash = FNV_OFFSET;
            for (int i = start; i < start + width; i++) {
                hash = (hash ^ points[i]) * FNV_PRIME;
            }
            hashes[start] = Mix.fmix64(hash);
        }
        return Arrays.stream(hashes).sorted().distinct().toArray();
    }
}
