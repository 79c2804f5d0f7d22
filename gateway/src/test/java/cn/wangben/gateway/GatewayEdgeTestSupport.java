package cn.wangben.gateway;

import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.mockJwt;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.springSecurity;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.JwtMutator;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Runs the gateway against a recording stand-in for the services (one context and backend for all edge tests). Tiny limits make the limits
 * observable; each test uses its own users and counties because the buckets outlive a single test.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            // never contacted: mockJwt() authenticates without decoding a token
            "spring.security.oauth2.resourceserver.jwt.issuer-uri=http://127.0.0.1:9/realms/none",
            "wangben.gateway.rate-limit.user.capacity=3",
            "wangben.gateway.rate-limit.user.refill-per-second=0.001",
            "wangben.gateway.rate-limit.county.capacity=5",
            "wangben.gateway.rate-limit.county.refill-per-second=0.001",
            "wangben.gateway.request-size.json=1KB",
            "wangben.gateway.request-size.upload=8KB",
            "wangben.gateway.request-size.material=16KB",
            "wangben.gateway.cors.allowed-origins=http://localhost:5173"
        })
abstract class GatewayEdgeTestSupport {
    static final RecordingBackend backend = start();

    @Autowired
    ApplicationContext context;

    WebTestClient client;

    @DynamicPropertySource
    static void routes(DynamicPropertyRegistry registry) {
        registry.add("wangben.gateway.plan-uri", backend::uri);
        registry.add("wangben.gateway.assignment-uri", backend::uri);
        registry.add("wangben.gateway.scoring-uri", backend::uri);
    }

    @BeforeEach
    void client() {
        client = WebTestClient.bindToApplicationContext(context)
                .apply(springSecurity())
                .configureClient()
                // a host is needed for the same-origin check of CORS (mock requests have none by default)
                .baseUrl("http://gateway.test")
                .build();
    }

    WebTestClient.ResponseSpec get(String path, JwtMutator user) {
        return client.mutateWith(user).get().uri(path).exchange();
    }

    WebTestClient.ResponseSpec post(String path, byte[] body, JwtMutator user) {
        return client.mutateWith(user)
                .post()
                .uri(path)
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .contentLength(body.length)
                .bodyValue(body)
                .exchange();
    }

    static JwtMutator user(String subject, String county) {
        return mockJwt().jwt(jwt -> jwt.subject(subject).claim("county", county).claim("roles", List.of("teacher")));
    }

    private static RecordingBackend start() {
        try {
            return new RecordingBackend();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
