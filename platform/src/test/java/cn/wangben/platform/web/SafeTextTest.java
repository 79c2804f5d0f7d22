package cn.wangben.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
