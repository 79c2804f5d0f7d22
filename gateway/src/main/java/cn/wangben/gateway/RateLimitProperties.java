package cn.wangben.gateway;

import io.github.bucket4j.Bandwidth;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Token-bucket limits for one gateway instance (defaults in application.yml, sized for the submission-deadline spike).
 *
 * @param user each user (token {@code sub}): a burst for a page that loads several resources at once, then a steady rate
 * @param county each county (token {@code county}): caps what one tenant can push to the shared services
 * @param maxTrackedKeys bound on the buckets held in memory (users + counties)
 */
@Validated
@ConfigurationProperties("wangben.gateway.rate-limit")
record RateLimitProperties(
        @NotNull @Valid Limit user,
        @NotNull @Valid Limit county,
        @Positive long maxTrackedKeys) {

    /** {@code refillPerSecond} may be fractional (e.g. 0.5 = one request every two seconds). */
    record Limit(@Positive long capacity, @Positive double refillPerSecond) {

        Bandwidth bandwidth() {
            // one token every 1/rate seconds; greedy refill spreads the tokens evenly instead of adding them in steps
            return Bandwidth.builder()
                    .capacity(capacity)
                    .refillGreedy(1, tokenInterval())
                    .build();
        }

        /** An idle bucket is full again after this long, i.e. indistinguishable from a new one. */
        Duration timeToFill() {
            return tokenInterval().multipliedBy(capacity);
        }

        private Duration tokenInterval() {
            return Duration.ofNanos(Math.max(1, Math.round(1_000_000_000d / refillPerSecond)));
        }
    }
}
