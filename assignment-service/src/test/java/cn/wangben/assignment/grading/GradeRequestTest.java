package cn.wangben.assignment.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.wangben.contracts.ids.SubmissionId;
import cn.wangben.platform.domain.DomainException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class GradeRequestTest {
    static final List<GradingBand> BANDS = BandPolicy.COUNTY_NOTICE.bandsFor(20);
    static final SubmissionId ESSAY = SubmissionId.of("s-1");
    static final Instant NOW = Instant.parse("2026-12-17T02:00:00Z");

    @Test
    void acceptsAScoreOnABandsBoundsAndNormalisesItToOneDecimal() {
        assertThat(grade("良好", "12").score()).isEqualByComparingTo("12.0").hasScaleOf(1);
        assertThat(grade("良好", "17.9").score()).isEqualByComparingTo("17.9");
        assertThat(grade("优秀", "20.00").score()).hasScaleOf(1);
        assertThat(grade("一般", "6").band()).isEqualTo("一般");
    }

    @Test
    void refusesAScoreOutsideItsBandNamingTheBounds() {
        assertThatThrownBy(() -> grade("良好", "18")).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.field()).isEqualTo("score");
            assertThat(e.getMessage()).contains("「良好」档的分数须在 12.0 到 17.9 之间");
        });
        assertThatThrownBy(() -> grade("一般", "5.9")).isInstanceOf(DomainException.class);
    }

    @Test
    void refusesMoreThanOneDecimalPlace() {
        assertThatThrownBy(() -> grade("良好", "15.25"))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.getMessage()).contains("分数最多保留一位小数"));
    }

    @Test
    void refusesAnUnknownBandListingTheBandsThereAre() {
        assertThatThrownBy(() -> grade("及格", "15")).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.field()).isEqualTo("band");
            assertThat(e.getMessage()).contains("评分档次「及格」不存在，可选：优秀、良好、一般");
        });
    }

    @Test
    void refusesAnOverlongCommentCountingCharacters() {
        var request = new GradeRequest(ESSAY, "良好", new BigDecimal("15"), "好".repeat(2001));

        assertThatThrownBy(() -> request.validate(BANDS, 2000, "grader-wang", NOW))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.field()).isEqualTo("comment");
                    assertThat(e.getMessage()).contains("评语不能超过 2000 字（当前 2001 字）");
                });
        assertThat(new GradeRequest(ESSAY, "良好", new BigDecimal("15"), "好".repeat(2000))
                        .validate(BANDS, 2000, "grader-wang", NOW)
                        .comment())
                .hasSize(2000);
    }

    @Test
    void reportsEveryFaultAtOnce() {
        var request = new GradeRequest(null, "", null, null);

        assertThatThrownBy(() -> request.validate(BANDS, 2000, "grader-wang", NOW))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.violations())
                        .extracting(DomainException.Violation::field)
                        .containsExactly("submissionId", "band", "score"));
    }

    static Grade grade(String band, String score) {
        return new GradeRequest(ESSAY, band, new BigDecimal(score), "条理清楚").validate(BANDS, 2000, "grader-wang", NOW);
    }
}
