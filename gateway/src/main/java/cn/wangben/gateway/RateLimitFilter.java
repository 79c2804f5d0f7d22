package cn.wangben.gateway;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Limits each user and each county with token buckets, so that one runaway client or one county's deadline rush
 * cannot starve everybody else. Runs as a gateway filter, i.e. after the security chain has authenticated the JWT;
 * requests without a JWT principal reach routing only on public paths (e.g. certificate verification), and are limited
 * per client address with the per-user limit, so the public door cannot be used to enumerate codes.
 *
 * <p>The buckets live in this instance's memory: with N gateway replicas behind a load balancer, a user or county
 * effectively gets up to N times the configured limits, and a restart forgets them. Size the limits per replica (or
 * divide by N), or switch to a distributed Bucket4j backend (e.g. Redis or a JDBC store) to share buckets across
 * replicas.
 */
@Component
class RateLimitFilter implements GlobalFilter, Ordered {
    private static final long ADMITTED = 0;

    private final RateLimitProperties limits;
    private final Cache<String, Bucket> buckets;

    RateLimitFilter(RateLimitProperties limits) {
        this.limits = limits;
        var idle = limits.user().timeToFill().compareTo(limits.county().timeToFill()) > 0
                ? limits.user().timeToFill()
                : limits.county().timeToFill();
        // A bucket idle for its time-to-fill is full, so dropping it then changes nothing; the size bound only matters
        // under a flood of distinct users, where an evicted partly drained bucket restarts full (slightly lenient).
        this.buckets = Caffeine.newBuilder()
                .maximumSize(limits.maxTrackedKeys())
                .expireAfterAccess(idle)
                .build();
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        return exchange.getPrincipal()
                .ofType(JwtAuthenticationToken.class)
                .map(authentication -> retryAfterSeconds(authentication.getToken()))
                .switchIfEmpty(Mono.fromSupplier(() -> anonymousRetryAfterSeconds(exchange)))
                .flatMap(retryAfter -> retryAfter == ADMITTED ? chain.filter(exchange) : refuse(exchange, retryAfter));
    }

    /** {@link #ADMITTED}, or how many seconds the caller should wait. */
    private long retryAfterSeconds(Jwt jwt) {
        Bucket user = jwt.getSubject() == null ? null : bucket("user:" + jwt.getSubject(), limits.user());
        if (user != null) {
            ConsumptionProbe probe = user.tryConsumeAndReturnRemaining(1);
            if (!probe.isConsumed()) {
                // checked before the county so that one user's excess never drains the county's budget
                return seconds(probe);
            }
        }
        String county = jwt.getClaimAsString("county");
        if (county != null && !county.isBlank()) {
            ConsumptionProbe probe = bucket("county:" + county, limits.county()).tryConsumeAndReturnRemaining(1);
            if (!probe.isConsumed()) {
                if (user != null) {
                    user.addTokens(1); // the request is refused, so it should not count against the user either
                }
                return seconds(probe);
            }
        }
        return ADMITTED;
    }

    private long anonymousRetryAfterSeconds(ServerWebExchange exchange) {
        var remote = exchange.getRequest().getRemoteAddress();
        String address = remote == null || remote.getAddress() == null
                ? "unknown"
                : remote.getAddress().getHostAddress();
        ConsumptionProbe probe = bucket("ip:" + address, limits.user()).tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? ADMITTED : seconds(probe);
    }

    private Bucket bucket(String key, RateLimitProperties.Limit limit) {
        return buckets.get(
                key, k -> Bucket.builder().addLimit(limit.bandwidth()).build());
    }

    private static long seconds(ConsumptionProbe probe) {
        return Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
    }

    private static Mono<Void> refuse(ServerWebExchange exchange, long retryAfterSeconds) {
        var response = exchange.getResponse();
        response.getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds));
        return ProblemResponses.write(response, HttpStatus.TOO_MANY_REQUESTS, "rate-limited", "请求过于频繁，请稍后再试");
    }

    @Override
    public int getOrder() {
        // before any route filter and long before the request is proxied
        return Ordered.HIGHEST_PRECEDENCE + 1;
    }
}
