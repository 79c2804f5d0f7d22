package cn.wangben.contracts.ids;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdsTest {
    @Test
    void acceptsLettersDigitsUnderscoresAndHyphensUpToSixtyFourCharacters() {
        assertThat(CountyId.of("qingshan-County_07").value()).isEqualTo("qingshan-County_07");
        assertThat(TeacherId.of("t".repeat(64)).value()).hasSize(64);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "a.b", "a b", "县", "a$b", "a/b", "a\u0000"})
    void refusesAnythingElse(String value) {
        assertThatThrownBy(() -> SchoolId.of(value))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("SchoolId must be 1-64 characters");
    }

    @Test
    void refusesNullAndSixtyFiveCharacters() {
        assertThatThrownBy(() -> ModuleId.of(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ModuleId.of("m".repeat(65))).isInstanceOf(IllegalArgumentException.class);
    }
}
