package cn.wangben.assignment.similarity;

import java.util.Arrays;

/**
 * Turns a text into the distinct 64-bit hashes of its k-character shingles. Only letters and digits count: whitespace,
 * punctuation and symbols are dropped first, so re-punctuating or re-flowing a copied essay does not hide it.
 */
public final class Shingler {
    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;
    private static final char CJK_FIRST = '\u4e00';
    private static final char CJK_LAST = lastCaselessLetterFrom(CJK_FIRST);
    private static final char ASCII_END = 0x80;
    private final int length;

    public Shingler(int length) {
        if (length < 1) {
            throw new IllegalArgumentException("shingle length must be at least 1");
        }
        this.length = length;
    }

    /** Letters (Chinese characters are letters) and digits, case-folded. */
    static int[] normalize(String text) {
        int[] points = new int[text.length()];
        int kept = 0;
        for (int i = 0; i < text.length(); ) {
            char c = text.charAt(i);
            // most of an essay: ideographs and ASCII, decided without the Unicode tables (as Character would decide)
            if (c >= CJK_FIRST && c <= CJK_LAST) {
                points[kept++] = c;
                i++;
            } else if (c < ASCII_END) {
                if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                    points[kept++] = c;
                } else if (c >= 'A' && c <= 'Z') {
                    points[kept++] = c + ('a' - 'A');
                }
                i++;
            } else {
                int codePoint = text.codePointAt(i);
                if (Character.isLetterOrDigit(codePoint)) {
                    points[kept++] = Character.toLowerCase(codePoint);
                }
                i += Character.charCount(codePoint);
            }
        }
        return Arrays.copyOf(points, kept);
    }

    /** The end of the run of ideographs from U+4E00 that this JVM's Unicode version knows as caseless letters. */
    private static char lastCaselessLetterFrom(char first) {
        char last = first;
        while (last < '\u9fff' && Character.isLetter(last + 1) && Character.toLowerCase(last + 1) == last + 1) {
            last++;
        }
        return last;
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
        Arrays.sort(hashes);
        int distinct = 0;
        for (int i = 0; i < hashes.length; i++) {
            if (i == 0 || hashes[i] != hashes[i - 1]) {
                hashes[distinct++] = hashes[i];
            }
        }
        return Arrays.copyOf(hashes, distinct);
    }
}
