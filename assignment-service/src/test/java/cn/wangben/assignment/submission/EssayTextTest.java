package cn.wangben.assignment.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.wangben.platform.domain.DomainException;
import java.util.Random;
import org.junit.jupiter.api.Test;

class EssayTextTest {
    @Test
    void countsCharactersWithoutWhitespace() {
        assertThat(EssayText.of("师德 师风\n演讲稿", 100).characters()).isEqualTo(7);
    }

    @Test
    void countsEveryCodePointThatIsNotWhitespaceWhateverTheScript() {
        // ideographic space, no-break space, line separator, an emoji and an ideograph beyond the BMP among them
        char[] alphabet =
                "师德a 1\t\n\r\u3000\u00a0\u2028\u200b，。Ａ\uff01\ud83d\ude00\ud840\udc00ⅰ\u4e00\u9fff\u3400".toCharArray();
        Random random = new Random(20261124);
        for (int round = 0; round < 2_000; round++) {
            StringBuilder text = new StringBuilder("文");
            for (int i = random.nextInt(60); i > 0; i--) {
                text.append(alphabet[random.nextInt(alphabet.length)]);
            }
            String essay = text.toString();
            long expected =
                    essay.codePoints().filter(c -> !Character.isWhitespace(c)).count();
            assertThat(EssayText.of(essay, 1_000).characters()).as(essay).isEqualTo((int) expected);
        }
    }

    @Test
    void hashesExactlyTheStoredUtf8Bytes() {
        // sha256("abc")
        assertThat(EssayText.of("abc", 100).sha256())
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void refusesBlankAndOverlongEssays() {
        assertThatThrownBy(() -> EssayText.of(" \n ", 100)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> EssayText.of("一二三四五六", 5))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.getMessage()).contains("当前 6 字"));
    }
}
