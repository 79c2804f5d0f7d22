package cn.wangben.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;

/** CORS for the UI origin and the X-Request-Id given to every request. */
class CorsAndRequestIdTest extends GatewayEdgeTestSupport {
    @Test
    void aRequestIdIsGeneratedPassedToTheServiceAndReturned() {
        String id = get("/api/plan/ids", user("id-user", "county-ids"))
                .expectStatus()
                .isOk()
                .returnResult(String.class)
                .getResponseHeaders()
                .getFirst(RequestIdFilter.HEADER);
        assertThat(id).matches("[0-9a-f-]{36}");
        assertThat(backend.received("/api/plan/ids"))
                .singleElement()
                .extracting(RecordingBackend.Received::requestId)
                .isEqualTo(id);
    }

    @Test
    void aWellFormedIncomingRequestIdIsKeptAndABadOneReplaced() {
        var caller = user("id-caller", "county-ids2");
        client.mutateWith(caller)
                .get()
                .uri("/api/plan/kept-id")
                .header(RequestIdFilter.HEADER, "ui-1234.abc_X")
                .exchange()
                .expectHeader()
                .valueEquals(RequestIdFilter.HEADER, "ui-1234.abc_X");
        String bad = "bad id\" with <script>";
        String replaced = client.mutateWith(caller)
                .get()
                .uri("/api/plan/replaced-id")
                .header(RequestIdFilter.HEADER, bad)
                .exchange()
                .returnResult(String.class)
                .getResponseHeaders()
                .getFirst(RequestIdFilter.HEADER);
        assertThat(replaced).isNotEqualTo(bad).matches("[0-9a-f-]{36}");
        assertThat(backend.received("/api/plan/kept-id").get(0).requestId()).isEqualTo("ui-1234.abc_X");
        assertThat(backend.received("/api/plan/replaced-id").get(0).requestId()).isEqualTo(replaced);
    }

    @Test
    void aPreflightFromTheUiOriginIsAnsweredWithoutToken() {
        client.options()
                .uri("/api/plan/programmes")
                .header(HttpHeaders.ORIGIN, "http://localhost:5173")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "PATCH")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS, "authorization,content-type,x-request-id")
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "http://localhost:5173")
                .expectHeader()
                .value(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, methods -> assertThat(methods)
                        .contains("PATCH"))
                .expectHeader()
                .value(HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS, headers -> assertThat(headers.toLowerCase())
                        .contains("authorization", "content-type", "x-request-id"))
                .expectHeader()
                .valueEquals(HttpHeaders.ACCESS_CONTROL_MAX_AGE, "3600");
    }

    @Test
    void aPreflightFromAnotherOriginIsRefused() {
        client.options()
                .uri("/api/plan/programmes")
                .header(HttpHeaders.ORIGIN, "https://evil.example")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
                .exchange()
                .expectStatus()
                .isForbidden()
                .expectHeader()
                .doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN);
    }

    @Test
    void anActualCrossOriginResponseExposesTheRequestId() {
        client.mutateWith(user("cors-user", "county-cors"))
                .get()
                .uri("/api/plan/cors")
                .header(HttpHeaders.ORIGIN, "http://localhost:5173")
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "http://localhost:5173")
                .expectHeader()
                .value(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS, exposed -> assertThat(exposed)
                        .contains(RequestIdFilter.HEADER));
    }
}
