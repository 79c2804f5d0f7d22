package cn.wangben.assignment.similarity;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * MinHash: for each of n hash functions, the smallest hash over a set's elements. Two sets agree on one position
 * with probability equal to their Jaccard similarity, so the share of agreeing positions estimates it. The functions
 * are {@code fmix64(a·x + b)} with seeded random odd {@code a}; the seed is part of the signature scheme.
 */
public final class MinHasher {
    private final long[] multipliers;
    private final long[] offsets;

    public MinHasher(int hashes, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        multipliers = new long[hashes];
        offsets = new long[hashes];
        for (int i = 0; i < hashes; i++) {
            multipliers[i] = random.nextLong() | 1L;
            offsets[i] = random.nextLong();
        }
    }

    public Signature sign(long[] shingles) {
        long[] minima = new long[multipliers.length];
        Arrays.fill(minima, Long.MAX_VALUE);
        for (long shingle : shingles) {
            for (int i = 0; i < minima.length; i++) {
                long hash = Mix.fmix64(shingle * multipliers[i] + offsets[i]);
                if (hash < minima[i]) {
                    minima[i] = hash;
                }
            }
        }
        return Signature.of(minima);
    }
}
