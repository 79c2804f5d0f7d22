package cn.wangben.assignment.similarity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class ShinglerTest {
    private final Shingler shingler = new Shingler(5);

    @Test
    void ignoresWhitespacePunctuationAndCase() {
        assertThat(shingler.shingles("师德师风，演讲稿！\n Ab12")).containsExactly(shingler.shingles("师德师风演讲稿ab12"));
    }

    @Test
    void countsEachDistinctShingleOnce() {
        // eight characters: four five-character windows, all different; a run of one character: one shingle
        assertThat(shingler.shingles("师德师风师德师风")).hasSize(4);
        assertThat(shingler.shingles("好好好好好好好好")).hasSize(1);
    }

    @Test
    void aTextShorterThanOneShingleIsOneShingle() {
        assertThat(shingler.shingles("规划")).hasSize(1);
        assertThat(shingler.shingles("，。 ")).isEmpty();
    }

    @Test
    void normalizesEveryScriptAsTheUnicodeRuleDoes() {
        // ideographs at both ends of the common block and beyond the BMP, fullwidth and Latin-1 letters, a Roman
        // numeral, an emoji, a lone surrogate, ASCII of every class
        char[] alphabet = "师德aZ09 _-\t，。ＡａÀßİⅰ\u4e00\u9fff\u9ffc\u3400\ud83d\ude00\ud840\udc00\ud800é１".toCharArray();
        Random random = new Random(20261124);
        for (int round = 0; round < 2_000; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(60); i > 0; i--) {
                text.append(alphabet[random.nextInt(alphabet.length)]);
            }
            String essay = text.toString();
            int[] expected = essay.codePoints()
                    .filter(Character::isLetterOrDigit)
                    .map(Character::toLowerCase)
                    .toArray();
            assertThat(Shingler.normalize(essay)).as(essay).containsExactly(expected);
        }
    }
}
