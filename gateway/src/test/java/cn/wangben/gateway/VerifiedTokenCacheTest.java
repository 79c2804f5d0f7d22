package cn.wangben.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

class VerifiedTokenCacheTest {
    private final AtomicInteger fullChecks = new AtomicInteger();

    private ReactiveJwtDecoder issuing(Instant expiresAt) {
        return token -> {
            fullChecks.incrementAndGet();
            return Mono.just(Jwt.withTokenValue(token)
                    .header("alg", "RS256")
                    .subject("teacher-1")
                    .issuedAt(expiresAt.minusSeconds(300))
                    .expiresAt(expiresAt)
                    .build());
        };
    }

    @Test
    void aTokenUsedAgainIsNotCheckedInFullAgain() {
        var cache = new VerifiedTokenCache(
                issuing(Instant.now().plusSeconds(300)), Duration.ofSeconds(2), 10, Duration.ofMinutes(10));

        Jwt first = cache.decode("token-a").block();
        Jwt second = cache.decode("token-a").block();

        assertThat(second).isSameAs(first);
        assertThat(fullChecks).hasValue(1);
    }

    @Test
    void aKnownTokenThatHasExpiredSinceIsRefused() {
        var cache = new VerifiedTokenCache(
                issuing(Instant.now().minusSeconds(5)), Duration.ofSeconds(2), 10, Duration.ofMinutes(10));
        // the full check of this stand-in accepts anything, so the first use stores the (already expired) token
        cache.decode("token-b").block();

        assertThatThrownBy(() -> cache.decode("token-b").block()).isInstanceOf(JwtValidationException.class);
        cache.decode("token-b").block();
        assertThat(fullChecks)
                .as("the refused token was forgotten, so it is checked in full again")
                .hasValue(2);
    }

    @Test
    void differentTokensAreCheckedEachInFull() {
        var cache = new VerifiedTokenCache(
                issuing(Instant.now().plusSeconds(300)), Duration.ofSeconds(2), 10, Duration.ofMinutes(10));

        cache.decode("token-c").block();
        cache.decode("token-d").block();

        assertThat(fullChecks).hasValue(2);
    }
}
