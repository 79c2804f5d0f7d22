package cn.wangben.assignment.similarity;

import java.util.Random;

/**
 * Seeded synthetic Chinese essays: sentences of words drawn from a large vocabulary of random common-range
 * characters, so honest essays share almost no five-character shingles, as real honest essays share few.
 */
public final class SyntheticEssays {
    /** The CJK Unified Ideographs block. */
    private static final int FIRST_HANZI = 0x4E00;

    private static final int LAST_HANZI = 0x9FA5;
    private static final int SHORTEST_WORD = 2;
    private static final int LONGEST_WORD = 4;
    private static final int SHORTEST_SENTENCE = 6;
    private static final int LONGEST_SENTENCE = 12;
    private static final String[] STOPS = {"，", "。", "；", "！"};
    private final Random random;
    private final String[] vocabulary;

    public SyntheticEssays(long seed, int vocabularySize) {
        this.random = new Random(seed);
        this.vocabulary = new String[vocabularySize];
        for (int i = 0; i < vocabularySize; i++) {
            StringBuilder word = new StringBuilder();
            int length = between(SHORTEST_WORD, LONGEST_WORD);
            for (int c = 0; c < length; c++) {
                word.appendCodePoint(hanzi());
            }
            vocabulary[i] = word.toString();
        }
    }

    public String essay(int sentences) {
        StringBuilder text = new StringBuilder();
        for (int s = 0; s < sentences; s++) {
            int words = between(SHORTEST_SENTENCE, LONGEST_SENTENCE);
            for (int w = 0; w < words; w++) {
                text.append(vocabulary[random.nextInt(vocabulary.length)]);
            }
            text.append(STOPS[random.nextInt(STOPS.length)]);
            if (random.nextInt(5) == 0) {
                text.append('\n');
            }
        }
        return text.toString();
    }

    /** The essay with about {@code share} of its Chinese characters replaced by others, at random positions. */
    public String nearCopy(String essay, double share) {
        int[] points = essay.codePoints().toArray();
        for (int i = 0; i < points.length; i++) {
            boolean hanzi = points[i] >= FIRST_HANZI && points[i] <= LAST_HANZI;
            if (hanzi && random.nextDouble() < share) {
                points[i] = hanzi();
            }
        }
        return new String(points, 0, points.length);
    }

    private int hanzi() {
        return between(FIRST_HANZI, LAST_HANZI);
    }

    private int between(int low, int high) {
        return low + random.nextInt(high - low + 1);
    }
}
