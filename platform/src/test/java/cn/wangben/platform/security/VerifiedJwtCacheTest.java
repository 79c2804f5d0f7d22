package cn.wangben.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidationException;

class VerifiedJwtCacheTest {
    private final AtomicInteger fullChecks = new AtomicInteger();

    private JwtDecoder issuing(Instant expiresAt) {
        return token -> {
            fullChecks.incrementAndGet();
            return Jwt.withTokenValue(token)
                    .header("alg", "RS256")
                    .subject("teacher-1")
                    .issuedAt(expiresAt.minusSeconds(300))
                    .expiresAt(expiresAt)
                    .build();
        };
    }

    @Test
    void aTokenUsedAgainIsNotCheckedInFullAgain() {
        var cache = new VerifiedJwtCache(issuing(Instant.now().plusSeconds(300)), Duration.ofSeconds(2));

        Jwt first = cache.decode("token-a");
        Jwt second = cache.decode("token-a");

        assertThat(second).isSameAs(first);
        assertThat(fullChecks).hasValue(1);
    }

    @Test
    void aKnownTokenThatHasExpiredSinceIsRefused() {
        var cache = new VerifiedJwtCache(issuing(Instant.now().minusSeconds(5)), Duration.ofSeconds(2));
        // the full check of this stand-in accepts anything, so the first use stores the (already expired) token
        cache.decode("token-b");

        assertThatThrownBy(() -> cache.decode("token-b")).isInstanceOf(JwtValidationException.class);
        cache.decode("token-b");
        assertThat(fullChecks)
                .as("the refused token was forgotten, so it is checked in full again")
                .hasValue(2);
    }

    @Test
    void differentTokensAreCheckedEachInFull() {
        var cache = new VerifiedJwtCache(issuing(Instant.now().plusSeconds(300)), Duration.ofSeconds(2));

        cache.decode("token-c");
        cache.decode("token-d");

        assertThat(fullChecks).hasValue(2);
    }
}
