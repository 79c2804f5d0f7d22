package cn.wangben.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/** Per-user and per-county token buckets (test limits: user 3, county 5, practically no refill). */
class RateLimitTest extends GatewayEdgeTestSupport {
    @Test
    void aRequestWithoutTokenGetsA401ProblemAndNeverReachesTheService() {
        client.get()
                .uri("/api/plan/no-token")
                .exchange()
                .expectStatus()
                .isUnauthorized()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("urn:wangben:problem:unauthenticated");
        assertThat(backend.received("/api/plan/no-token")).isEmpty();
    }

    @Test
    void aUserOverTheUserLimitGets429WithRetryAfterWhileAnotherUserOfTheCountyPasses() {
        var eager = user("eager", "county-users");
        for (int i = 0; i < 3; i++) {
            get("/api/plan/eager", eager).expectStatus().isOk();
        }
        get("/api/plan/eager", eager)
                .expectStatus()
                .isEqualTo(429)
                .expectHeader()
                .valueMatches(HttpHeaders.RETRY_AFTER, "[1-9][0-9]*")
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("urn:wangben:problem:rate-limited")
                .jsonPath("$.status")
                .isEqualTo(429)
                .jsonPath("$.detail")
                .isEqualTo("请求过于频繁，请稍后再试");
        assertThat(backend.received("/api/plan/eager")).hasSize(3);

        get("/api/plan/eager", user("calm", "county-users")).expectStatus().isOk();
    }

    @Test
    void aCountyOverTheCountyLimitGets429EvenForAFreshUser() {
        for (int i = 0; i < 5; i++) {
            get("/api/scoring/county", user("teacher-" + i, "county-busy"))
                    .expectStatus()
                    .isOk();
        }
        get("/api/scoring/county", user("teacher-new", "county-busy"))
                .expectStatus()
                .isEqualTo(429)
                .expectHeader()
                .exists(HttpHeaders.RETRY_AFTER);
        get("/api/scoring/county", user("teacher-elsewhere", "county-quiet"))
                .expectStatus()
                .isOk();
        assertThat(backend.received("/api/scoring/county")).hasSize(6);
    }
}
