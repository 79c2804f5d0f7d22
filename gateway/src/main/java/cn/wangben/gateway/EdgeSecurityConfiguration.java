package cn.wangben.gateway;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.springframework.security.web.server.firewall.ServerWebExchangeFirewall;
import org.springframework.web.cors.reactive.CorsConfigurationSource;

/**
 * Tokens are validated at the edge (signature, issuer, expiry) and relayed unchanged; each service checks them again
 * and decides role, county and school itself.
 */
@Configuration(proxyBeanMethods = false)
class EdgeSecurityConfiguration {

    /**
     * Boot adds validator beans to its own (with Spring's 60 s skew); both must pass, so this skew rules. Same property
     * as the services (wangben.security.clock-skew).
     */
    @Bean
    OAuth2TokenValidator<Jwt> tokenClockSkew(@Value("${wangben.security.clock-skew:30s}") Duration clockSkew) {
        return new JwtTimestampValidator(clockSkew);
    }

    /** Tokens whose signature was checked once: at most this many, each for at most a token's usual lifetime. */
    @Bean
    static BeanPostProcessor verifiedTokenCache(@Value("${wangben.security.clock-skew:30s}") Duration clockSkew) {
        return VerifiedTokenCache.wrapping(clockSkew, 100_000, Duration.ofMinutes(10));
    }

    /**
     * No observation (span, timer) per security filter, authentication and authorization of every routed request: a
     * large share of the edge's CPU, read by nobody. The request's own observation still starts and passes the trace.
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    /**
     * Spring Security's firewall refuses paths with an encoded slash or period ({@code %2e%2e%2f}), "..", NUL and the
     * like before any route; its own answer is an empty 400, so it is said as a problem like every other refusal.
     */
    @Bean
    ServerExchangeRejectedHandler rejectedPathProblem() {
        return (exchange, e) -> ProblemResponses.write(
                exchange.getResponse(), HttpStatus.BAD_REQUEST, "rejected-path", "请求地址含有不允许的字符（如编码的斜杠、“..”或控制字符）");
    }

    /** The strict firewall, its header-value rule checked without a regex ({@link BearerHeaderChecks}). */
    @Bean
    ServerWebExchangeFirewall edgeFirewall() {
        return BearerHeaderChecks.firewall();
    }

    @Bean
    SecurityWebFilterChain edgeSecurity(ServerHttpSecurity http, CorsConfigurationSource edgeCors) {
        ServerAuthenticationEntryPoint entryPoint = (exchange, e) -> {
            exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
            return ProblemResponses.write(
                    exchange.getResponse(), HttpStatus.UNAUTHORIZED, "unauthenticated", "未登录或登录已失效，请重新登录");
        };
        ServerAccessDeniedHandler denied = (exchange, e) ->
                ProblemResponses.write(exchange.getResponse(), HttpStatus.FORBIDDEN, "forbidden", "当前账号没有访问此资源的权限");
        return http
                // CORS runs inside the security chain, before authentication: a browser's preflight OPTIONS never
                // carries the bearer token, so it must be answered here instead of being refused with 401.
                .cors(cors -> cors.configurationSource(edgeCors))
                .authorizeExchange(exchanges -> exchanges
                        .pathMatchers("/actuator/health/**", "/actuator/info", "/actuator/prometheus")
                        .permitAll()
                        // e.g. certificate verification by anyone holding a code; rate-limited per address
                        .pathMatchers("/api/*/public/**")
                        .permitAll()
                        .pathMatchers("/api/**")
                        .authenticated()
                        // the web UI: pages, assets and /config.json; what they show comes from /api with a token
                        .matchers(WebUiConfiguration.UI_REQUESTS)
                        .permitAll()
                        .anyExchange()
                        .denyAll())
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .oauth2ResourceServer(server -> server.jwt(jwt -> {})
                        .bearerTokenConverter(BearerHeaderChecks.converter())
                        .authenticationEntryPoint(entryPoint)
                        .accessDeniedHandler(denied))
                .exceptionHandling(handling ->
                        handling.authenticationEntryPoint(entryPoint).accessDeniedHandler(denied))
                .build();
    }
}
