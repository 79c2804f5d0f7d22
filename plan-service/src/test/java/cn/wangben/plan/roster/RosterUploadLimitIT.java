package cn.wangben.plan.roster;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wangben.testinfra.WangbenIntegrationTest;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * An oversized upload over real HTTP (MockMvc does not parse multipart, so it cannot exceed a limit). The limit is
 * lowered to 1 KB here; production runs with 20 MB.
 */
@WangbenIntegrationTest(
        properties = {"spring.servlet.multipart.max-file-size=1KB", "spring.servlet.multipart.max-request-size=2KB"})
@Import(RosterUploadLimitIT.FixedToken.class)
class RosterUploadLimitIT {
    static final String BOUNDARY = "roster-boundary";

    @Value("${local.server.port}")
    int port;

    @Test
    void anOversizedUploadIsAProblemWithStatus413() throws Exception {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.csv\"\r\n"
                        + "Content-Type: text/csv\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(new byte[4096]);
        body.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                        + "/api/plan/programmes/00000000-0000-0000-0000-000000000000/rosters/mine"))
                .header("Authorization", "Bearer school-admin")
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build();

        HttpResponse<String> response =
                HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("上传的文件超过 1KB 的上限", "urn:wangben:problem:upload-too-large");
    }

    /** Accepts the one bearer token of this test as a school admin's; no identity provider runs here. */
    @TestConfiguration(proxyBeanMethods = false)
    static class FixedToken {
        @Bean
        JwtDecoder fixedTokenDecoder() {
            return token -> Jwt.withTokenValue(token)
                    .header("alg", "none")
                    .subject("sa-shiyan")
                    .claim("preferred_username", "sa-shiyan")
                    .claim("roles", List.of("SCHOOL_ADMIN"))
                    .claim("county", "qingshan")
                    .claim("school", "qs-shiyan")
                    .issuedAt(Instant.now())
                    .expiresAt(Instant.now().plusSeconds(300))
                    .build();
        }
    }
}
