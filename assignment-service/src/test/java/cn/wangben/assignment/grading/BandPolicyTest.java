package cn.wangben.assignment.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class BandPolicyTest {

    @Test
    void aTwentyPointModuleHasTheNoticesBands() {
        assertThat(BandPolicy.COUNTY_NOTICE.bandsFor(20))
                .containsExactly(band("优秀", "18.0", "20.0"), band("良好", "12.0", "17.9"), band("一般", "6.0", "11.9"));
    }

    @Test
    void anotherModuleSizeScalesTheBoundsExactlyToOneDecimal() {
        assertThat(BandPolicy.COUNTY_NOTICE.bandsFor(10))
                .containsExactly(band("优秀", "9.0", "10.0"), band("良好", "6.0", "8.9"), band("一般", "3.0", "5.9"));
        // 18 × 15 / 20 = 13.5, 12 × 15 / 20 = 9, 6 × 15 / 20 = 4.5
        assertThat(BandPolicy.COUNTY_NOTICE.bandsFor(15))
                .containsExactly(band("优秀", "13.5", "15.0"), band("良好", "9.0", "13.4"), band("一般", "4.5", "8.9"));
        // 18 × 7 / 20 = 6.3, 12 × 7 / 20 = 4.2, 6 × 7 / 20 = 2.1
        assertThat(BandPolicy.COUNTY_NOTICE.bandsFor(7))
                .containsExactly(band("优秀", "6.3", "7.0"), band("良好", "4.2", "6.2"), band("一般", "2.1", "4.1"));
    }

    @Test
    void boundsThatDoNotScaleExactlyRoundHalfUpToOneDecimal() {
        // the notice's floors scale exactly (0.9, 0.6, 0.3 per point); a policy with 17.5 and 11.5 does not
        var policy = new BandPolicy(
                "半分档",
                20,
                List.of(
                        new BandPolicy.Floor("甲", new BigDecimal("17.5")),
                        new BandPolicy.Floor("乙", new BigDecimal("11.5"))));

        // 17.5 × 10 / 20 = 8.75 → 8.8; 11.5 × 10 / 20 = 5.75 → 5.8
        assertThat(policy.bandsFor(10)).containsExactly(band("甲", "8.8", "10.0"), band("乙", "5.8", "8.7"));
    }

    @Test
    void everyScaledPolicyIsContiguousWithOneDecimalBounds() {
        for (int points = 1; points <= 100; points++) {
            List<GradingBand> bands = BandPolicy.COUNTY_NOTICE.bandsFor(points);
            assertThat(bands.get(0).max()).isEqualByComparingTo(BigDecimal.valueOf(points));
            for (int i = 0; i < bands.size(); i++) {
                assertThat(bands.get(i).min().scale()).isEqualTo(1);
                assertThat(bands.get(i).min()).isLessThanOrEqualTo(bands.get(i).max());
                if (i > 0) {
                    assertThat(bands.get(i).max())
                            .isEqualByComparingTo(bands.get(i - 1).min().subtract(BandPolicy.STEP));
                }
            }
        }
    }

    @Test
    void aPolicyWithOverlappingFloorsIsRefused() {
        assertThatThrownBy(() -> new BandPolicy(
                        "乱序",
                        20,
                        List.of(new BandPolicy.Floor("甲", BigDecimal.TEN), new BandPolicy.Floor("乙", BigDecimal.TEN))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    static GradingBand band(String name, String min, String max) {
        return new GradingBand(name, new BigDecimal(min), new BigDecimal(max));
    }
}
