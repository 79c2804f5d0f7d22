package cn.wangben.assignment.similarity;

import java.util.Arrays;

/** A MinHash signature. Immutable: the values are copied in and out. */
public final class Signature {
    private static final long BAND_SALT = 0x9e3779b97f4a7c15L;
    private final long[] values;

    private Signature(long[] values) {
        this.values = values;
    }

    public static Signature of(long[] values) {
        return new Signature(values.clone());
    }

    public long[] values() {
        return values.clone();
    }

    public int length() {
        return values.length;
    }

    /** The share of positions on which both signatures agree: an unbiased estimate of the Jaccard similarity. */
    public double similarity(Signature other) {
        if (other.values.length != values.length) {
            throw new IllegalArgumentException("signatures of different lengths are not comparable");
        }
        int equal = 0;
        for (int i = 0; i < values.length; i++) {
            if (values[i] == other.values[i]) {
                equal++;
            }
        }
        return (double) equal / values.length;
    }

    /**
     * One key per LSH band: the hash of that band's rows, salted with the band's index so equal rows in different
     * bands do not collide. Essays sharing any key are candidates.
     */
    public long[] bandKeys(int bands) {
        int rows = values.length / bands;
        long[] keys = new long[bands];
        for (int band = 0; band < bands; band++) {
            long key = Mix.fmix64(BAND_SALT * (band + 1));
            for (int row = band * rows; row < (band + 1) * rows; row++) {
                key = Mix.fmix64(key ^ values[row]);
            }
            keys[band] = key;
        }
        return keys;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Signature && Arrays.equals(values, ((Signature) other).values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }
}
