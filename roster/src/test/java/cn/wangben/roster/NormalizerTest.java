package cn.wangben.roster;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NormalizerTest {

    @Test
    void removesHalfAndFullWidthSpacesInsideNames() {
        assertThat(Normalizer.name("李　文")).isEqualTo("李文");
        assertThat(Normalizer.name(" 王 小明\u00A0")).isEqualTo("王小明");
    }

    @Test
    void turnsFullWidthDigitsAndLettersToHalfWidthAndUpperCasesX() {
        assertThat(Normalizer.code("９９０１０１１９８７０３１５０２９ｘ")).isEqualTo("99010119870315029X");
        assertThat(Normalizer.code("990101198703150 29x")).isEqualTo("99010119870315029X");
        assertThat(Normalizer.code("１３８-０００ ５６７８")).isEqualTo("1380005678");
    }

    @Test
    void dropsTheYearUnitFromYearsOfTeaching() {
        assertThat(Normalizer.number("１２年")).isEqualTo("12");
        assertThat(Normalizer.number(" 7 ")).isEqualTo("7");
    }

    @Test
    void trimsIdeographicAndNoBreakSpaces() {
        assertThat(Normalizer.text("\u3000小学\u00A0")).isEqualTo("小学");
        assertThat(Normalizer.text(null)).isEmpty();
    }
}
