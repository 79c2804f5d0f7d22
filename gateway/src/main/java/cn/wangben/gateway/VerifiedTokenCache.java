package cn.wangben.gateway;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

/**
 * A client sends the same token with every request until it expires, and parsing it and checking its RSA signature
 * was the largest single cost of a routed request. A token that passed the full check once (signature, issuer, times)
 * is kept by its exact text; a later use only checks its times again, with the same skews as the full check, so an
 * expired token is refused exactly as before. Nothing else about a signed token can change.
 */
final class VerifiedTokenCache implements ReactiveJwtDecoder {
    private final ReactiveJwtDecoder delegate;
    private final OAuth2TokenValidator<Jwt> times;
    private final Cache<String, Jwt> verified;

    VerifiedTokenCache(ReactiveJwtDecoder delegate, Duration clockSkew, long maxTokens, Duration keepFor) {
        this.delegate = delegate;
        // Boot's own validator (60 s skew) and the platform's: both apply to a full check, so both apply here
        this.times =
                new DelegatingOAuth2TokenValidator<>(new JwtTimestampValidator(), new JwtTimestampValidator(clockSkew));
        this.verified = Caffeine.newBuilder()
                .maximumSize(maxTokens)
                .expireAfterWrite(keepFor)
                .build();
    }

    @Override
    public Mono<Jwt> decode(String token) {
        Jwt known = verified.getIfPresent(token);
        if (known == null) {
            return delegate.decode(token).doOnNext(jwt -> verified.put(token, jwt));
        }
        OAuth2TokenValidatorResult result = times.validate(known);
        if (result.hasErrors()) {
            verified.invalidate(token);
            return Mono.error(new JwtValidationException("Jwt no longer valid", result.getErrors()));
        }
        return Mono.just(known);
    }

    /** Wraps the decoder Boot builds from the issuer, whatever its kind. */
    static BeanPostProcessor wrapping(Duration clockSkew, long maxTokens, Duration keepFor) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof ReactiveJwtDecoder decoder && !(bean instanceof VerifiedTokenCache)
                        ? new VerifiedTokenCache(decoder, clockSkew, maxTokens, keepFor)
                        : bean;
            }
        };
    }
}
