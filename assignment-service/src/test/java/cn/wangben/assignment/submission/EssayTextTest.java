package cn.wangben.assignment.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.wangben.platform.domain.DomainException;
import org.junit.jupiter.api.Test;

class EssayTextTest {
    @Test
    void countsCharactersWithoutWhitespace() {
        assertThat(EssayText.of("师德 师风\n演讲稿", 100).characters()).isEqualTo(7);
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
