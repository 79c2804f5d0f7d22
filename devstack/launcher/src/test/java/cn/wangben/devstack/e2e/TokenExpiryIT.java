package cn.wangben.devstack.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wangben.devstack.Component;
import cn.wangben.devstack.Devstack;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * Expired tokens are refused, at the gateway and at a service. Keycloak's tokens cannot be forged or back-dated, so a
 * client whose tokens live {@value #LIFESPAN_SECONDS} s is added for the test, and the platform runs with a 2 s clock
 * skew (one machine, one clock) instead of Spring's 60 s.
 */
class TokenExpiryIT {
    static final int LIFESPAN_SECONDS = 3;
    static final Duration SKEW = Duration.ofSeconds(2);
    static final Duration MARGIN = Duration.ofSeconds(3);

    @Test
    void aTokenIsAcceptedUntilItExpiresAndRefusedWith401Afterwards() throws Exception {
        Devstack stack = SharedPlatform.get();
        KeycloakAdmin keycloak = new KeycloakAdmin(stack.keycloakUrl());
        keycloak.ensureClient("""
                {"clientId":"e2e-short-lived","publicClient":true,"directAccessGrantsEnabled":true,
                 "standardFlowEnabled":false,"attributes":{"access.token.lifespan":"%d"},
                 "defaultClientScopes":["basic","profile","roles","wangben-claims"]}""".formatted(LIFESPAN_SECONDS));
        String token = keycloak.token("e2e-short-lived", "qs-county-admin", ThinFlowIT.PASSWORD);
        Instant expiry = Instant.ofEpochSecond(JsonMapper.builder()
                .build()
                .readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]))
                .path("exp")
                .asLong());
        GatewayClient gateway = new GatewayClient(stack.gatewayUrl());
        GatewayClient service = new GatewayClient("http://127.0.0.1:" + stack.port(Component.PLAN_SERVICE));

        assertThat(gateway.get("/api/plan/programmes", token).status()).isEqualTo(200);

        GatewayClient.Reply refused = Eventually.reply(
                Duration.ofSeconds(LIFESPAN_SECONDS).plus(SKEW).plus(MARGIN),
                Duration.ofMillis(200),
                () -> gateway.get("/api/plan/programmes", token),
                401,
                reply -> true);
        Instant refusedAt = Instant.now();

        assertThat(refusedAt).isAfterOrEqualTo(expiry);
        assertThat(refused.isProblem()).isTrue();
        assertThat(new String(refused.raw().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8))
                .contains("登录已失效");
        assertThat(service.get("/api/plan/programmes", token).status()).isEqualTo(401);
    }
}
