package cn.wangben.assignment.similarity;

import java.util.Arrays;

/**
 * One-permutation MinHash with optimal densification (Li, Owen &amp; Zhang 2012; Shrivastava 2017). One hash per
 * element splits the elements into n bins by its high bits, and each bin keeps its smallest hash: two sets agree on a
 * bin with probability equal to their Jaccard similarity, as with n independent MinHash functions, at the cost of one
 * hash per element instead of n (the n-function form was a fifth of assignment-service's CPU in the deadline spike).
 * A bin no element fell into borrows the value of a non-empty bin, probed in an order that depends only on the empty
 * bin and the seed, so two sets that agree on which bin it borrows from agree on it with the same probability. The
 * seed is part of the signature scheme.
 */
public final class MinHasher {
    private static final long EMPTY = Long.MAX_VALUE;
    private static final int PROBES = 64;
    private final int bins;
    private final long elementSalt;
    private final long probeSalt;

    public MinHasher(int bins, long seed) {
        if (bins < 1) {
            throw new IllegalArgumentException("a signature has at least one position");
        }
        this.bins = bins;
        this.elementSalt = Mix.fmix64(seed);
        this.probeSalt = Mix.fmix64(~seed);
    }

    public Signature sign(long[] elements) {
        long[] minima = new long[bins];
        Arrays.fill(minima, EMPTY);
        boolean[] filled = new boolean[bins];
        int filledBins = 0;
        for (long element : elements) {
            long hash = Mix.fmix64(element ^ elementSalt);
            int bin = bin(hash >>> 32);
            if (!filled[bin]) {
                filled[bin] = true;
                filledBins++;
            }
            if (hash < minima[bin]) {
                minima[bin] = hash;
            }
        }
        if (filledBins == 0 || filledBins == bins) {
            return Signature.of(minima); // an empty set is all EMPTY; a full one needs no borrowing
        }
        long[] dense = minima.clone();
        for (int bin = 0; bin < bins; bin++) {
            if (!filled[bin]) {
                dense[bin] = minima[donor(bin, filled)];
            }
        }
        return Signature.of(dense);
    }

    /**
     * The first filled bin in the empty bin's own pseudo-random probe sequence. Past {@code bins × PROBES} misses
     * (a set of a handful of elements, with odds below e^-PROBES) the next filled bin after it is taken, so it ends.
     */
    private int donor(int emptyBin, boolean[] filled) {
        long probes = (long) bins * PROBES;
        for (long attempt = 1; attempt <= probes; attempt++) {
            int candidate = bin(Mix.fmix64(probeSalt ^ (((long) emptyBin << 32) | attempt)) >>> 32);
            if (filled[candidate]) {
                return candidate;
            }
        }
        int next = (emptyBin + 1) % bins;
        while (!filled[next]) {
            next = (next + 1) % bins;
        }
        return next;
    }

    /** Maps 32 uniform bits onto [0, bins) without a division's bias toward the low bins. */
    private int bin(long uniform32) {
        return (int) ((uniform32 * bins) >>> 32);
    }
}
