package cn.wangben.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

class SafeTextTest {
    private final JsonMapper json = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .addModule(new SimpleModule().addDeserializer(String.class, new SafeText()))
            .build();

    record Named(String name, java.util.List<String> tags) {}

    @Test
    void ordinaryChineseTextWithEmojiTabsAndLineBreaksPasses() {
        assertThat(SafeText.fault("研修心得\t第一段\r\n第二段 👩‍🏫")).isNull();
        assertThat(SafeText.fault("")).isNull();
        assertThat(SafeText.fault("   ")).isNull();
    }

    @Test
    void controlCharactersLoneSurrogatesBidiOverridesAndInvisibleOnlyTextAreRefused() {
        assertThat(SafeText.fault("研修\u0000项目")).contains("控制字符");
        assertThat(SafeText.fault("研修\ud800")).contains("代理项");
        assertThat(SafeText.fault("\udc00研修")).contains("代理项");
        assertThat(SafeText.fault("研修\u202egpj.exe")).contains("文字方向");
        assertThat(SafeText.fault("\u2066研修\u2069")).contains("文字方向");
        assertThat(SafeText.fault("\u200b\u200c\u2060 \ufeff")).contains("不可见");
    }

    @Test
    void judgesRandomTextLikeTheCharacterClassesSay() {
        char[] alphabet = ("师德a 1\t\n\r\u0000\u001f\u007f\u3000\u00a0\u200b\ufeff\u202e\u2066，。Ａ"
                        + "\ud83d\ude00\ud800\udc00\u4e00\u9fff\u3400~!")
                .toCharArray();
        Random random = new Random(20261124);
        for (int round = 0; round < 5_000; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) {
                text.append(alphabet[random.nextInt(alphabet.length)]);
            }
            assertThat(SafeText.fault(text.toString())).as(text.toString()).isEqualTo(byClasses(text.toString()));
        }
    }

    /** The rule read off Character's classes one char at a time, without any shortcut. */
    private static String byClasses(String text) {
        boolean visible = false;
        boolean invisible = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
                visible = true;
            } else if (Character.isSurrogate(c)) {
                return "含有不完整的 Unicode 字符（单独的代理项）";
            } else if (Character.getType(c) == Character.CONTROL && !Character.isWhitespace(c)
                    || c == '\u001c'
                    || c == '\u001d'
                    || c == '\u001e'
                    || c == '\u001f') {
                return "含有控制字符（如 NUL）";
            } else if (Character.getDirectionality(c) >= Character.DIRECTIONALITY_LEFT_TO_RIGHT_EMBEDDING
                            && Character.getDirectionality(c) <= Character.DIRECTIONALITY_POP_DIRECTIONAL_FORMAT
                    || c >= '\u2066' && c <= '\u2069') {
                return "含有改变文字方向的控制字符";
            } else if (Character.getType(c) == Character.FORMAT) {
                invisible = true;
            } else if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                visible = true;
            }
        }
        return invisible && !visible ? "只含有不可见字符" : null;
    }

    @Test
    void refusedTextNamesTheFieldEvenInsideAList() {
        assertThatThrownBy(() -> json.readValue("{\"name\":\"研修\",\"tags\":[\"好\",\"\\u0000\"]}", Named.class))
                .isInstanceOf(SafeText.Refused.class)
                .satisfies(e -> assertThat(Problems.path((SafeText.Refused) e)).isEqualTo("tags[1]"));
    }

    @Test
    void aKeyGivenTwiceIsRefused() {
        assertThatThrownBy(() -> json.readValue("{\"name\":\"甲\",\"name\":\"乙\"}", Named.class))
                .hasMessageContaining("Duplicate");
    }
}
