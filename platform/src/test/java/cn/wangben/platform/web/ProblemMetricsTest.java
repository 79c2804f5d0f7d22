package cn.wangben.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

class ProblemMetricsTest {
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final ProblemMetrics metrics = new ProblemMetrics(meters);

    @Test
    void countsRefusalsByStatusAndProblemCode() {
        ProblemDetail late = Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "essay-late", "已过截止时间");
        metrics.beforeBodyWrite(late, null, null, null, null, null);
        metrics.beforeBodyWrite(late, null, null, null, null, null);

        assertThat(meters.counter("wangben.problems", "status", "422", "code", "essay-late")
                        .count())
                .isEqualTo(2.0);
    }

    @Test
    void problemsOfOtherOriginsAreCountedAsOtherAndOrdinaryBodiesNotAtAll() {
        ProblemDetail foreign = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
        foreign.setType(URI.create("https://example.org/problem"));
        metrics.beforeBodyWrite(foreign, null, null, null, null, null);
        metrics.beforeBodyWrite("not a problem", null, null, null, null, null);

        assertThat(meters.counter("wangben.problems", "status", "400", "code", "other")
                        .count())
                .isEqualTo(1.0);
        assertThat(meters.find("wangben.problems").counters()).hasSize(1);
    }
}
