package cn.wangben.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/**
 * The gateway serves the web UI from the web jar on its classpath: pages and assets without a token, index.html for
 * client-side routes, the runtime config; the API and the actuator stay as they were.
 */
class WebUiTest extends GatewayEdgeTestSupport {

    @BeforeEach
    void uiBuilt() {
        assumeFalse(Boolean.getBoolean("skip.web"), "built with -Dskip.web=true: no UI in the web jar");
    }

    @Test
    void theRootServesIndexHtmlWithoutToken() {
        client.get()
                .uri("/")
                .accept(MediaType.TEXT_HTML)
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.TEXT_HTML)
                .expectHeader()
                .valueEquals(HttpHeaders.CACHE_CONTROL, "no-cache")
                .expectHeader()
                .value("Content-Security-Policy", csp -> assertThat(csp)
                        .contains(
                                "script-src 'self'", "connect-src 'self' http://127.0.0.1:9", "frame-ancestors 'none'"))
                .expectBody(String.class)
                .value(html -> assertThat(html).contains("<div id=\"app\">", "网本研修"));
    }

    @Test
    void aClientSideRouteFallsBackToIndexHtml() {
        client.get()
                .uri("/teacher/programmes/p-1/modules/m-2")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .value(html -> assertThat(html).contains("<div id=\"app\">"));
        client.get()
                .uri("/auth/callback?code=abc&state=xyz")
                .exchange()
                .expectStatus()
                .isOk();
    }

    @Test
    void hashedAssetsAreServedWithALongCache() throws IOException {
        String index = new ClassPathResource(WebUiConfiguration.INDEX).getContentAsString(StandardCharsets.UTF_8);
        var script = Pattern.compile("src=\"(/assets/[^\"]+\\.js)\"").matcher(index);
        assertThat(script.find()).as("index.html names its entry script").isTrue();
        client.get()
                .uri(script.group(1))
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .value(HttpHeaders.CACHE_CONTROL, cache -> assertThat(cache).contains("max-age=31536000", "immutable"))
                .expectHeader()
                .value(HttpHeaders.CONTENT_TYPE, type -> assertThat(type).contains("javascript"));
    }

    @Test
    void aMissingFileIsNotAnsweredWithThePage() {
        client.get().uri("/assets/missing-123.js").exchange().expectStatus().isNotFound();
        client.get().uri("/nothing.png").exchange().expectStatus().isNotFound();
    }

    @Test
    void theRuntimeConfigNamesTheIssuerAndTheClient() {
        client.get()
                .uri("/config.json")
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .value(HttpHeaders.CACHE_CONTROL, cache -> assertThat(cache).contains("no-store"))
                .expectBody()
                .jsonPath("$.issuer")
                .isEqualTo("http://127.0.0.1:9/realms/none")
                .jsonPath("$.clientId")
                .isEqualTo("wangben-web");
    }

    @Test
    void theApiAndTheActuatorAreNotOpenedByTheUi() {
        client.get()
                .uri("/api/plan/programmes")
                .exchange()
                .expectStatus()
                .isUnauthorized()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON);
        client.get().uri("/api").exchange().expectStatus().isUnauthorized();
        client.get().uri("/actuator/env").exchange().expectStatus().isUnauthorized();
        assertThat(backend.received("/api/plan/programmes")).isEmpty();
    }

    @Test
    void onlyReadingIsOpenOutsideTheApi() {
        client.post().uri("/teacher/programmes").exchange().expectStatus().isUnauthorized();
        client.delete().uri("/").exchange().expectStatus().isUnauthorized();
    }
}
