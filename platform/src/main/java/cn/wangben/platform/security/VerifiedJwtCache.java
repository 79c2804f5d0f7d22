package cn.wangben.platform.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtValidationException;

/**
 * A client sends the same token with every request until it expires; parsing it and checking its RSA signature each
 * time is a visible share of a request's CPU. A token that passed the full check once (signature, issuer, times) is
 * kept by its exact text; a later use checks only its times again, with the same skews as the full check, so an
 * expired token is refused exactly as before. Nothing else about a signed token can change.
 */
final class VerifiedJwtCache implements JwtDecoder {
    static final long MAX_TOKENS = 50_000;
    /** Longer than a token lives (5 minutes): an entry is only ever dropped early, never used past its expiry. */
    static final Duration KEEP_FOR = Duration.ofMinutes(10);

    private final JwtDecoder delegate;
    private final OAuth2TokenValidator<Jwt> times;
    private final Cache<String, Jwt> verified;

    VerifiedJwtCache(JwtDecoder delegate, Duration clockSkew) {
        this.delegate = delegate;
        // Boot's own validator (60 s skew) and the platform's: both apply to a full check, so both apply here
        this.times =
                new DelegatingOAuth2TokenValidator<>(new JwtTimestampValidator(), new JwtTimestampValidator(clockSkew));
        this.verified = Caffeine.newBuilder()
                .maximumSize(MAX_TOKENS)
                .expireAfterWrite(KEEP_FOR)
                .build();
    }

    @Override
    public Jwt decode(String token) {
        Jwt known = verified.getIfPresent(token);
        if (known == null) {
            Jwt jwt = delegate.decode(token);
            verified.put(token, jwt);
            return jwt;
        }
        OAuth2TokenValidatorResult result = times.validate(known);
        if (result.hasErrors()) {
            verified.invalidate(token);
            throw new JwtValidationException("Jwt no longer valid", result.getErrors());
        }
        return known;
    }

    /** Wraps the decoder Boot builds from the issuer, whatever its kind. */
    static BeanPostProcessor wrapping(Duration clockSkew) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof JwtDecoder decoder && !(bean instanceof VerifiedJwtCache)
                        ? new VerifiedJwtCache(decoder, clockSkew)
                        : bean;
            }
        };
    }
}
