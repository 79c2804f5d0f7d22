package cn.wangben.assignment.similarity;

import static org.assertj.core.api.Assertions.assertThat;

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
}
