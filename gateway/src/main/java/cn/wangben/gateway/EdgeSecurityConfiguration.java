package cn.wangben.gateway;

import java.nio.charset.StandardCharsets;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Tokens are validated at the edge (signature, issuer, expiry) and relayed unchanged; each service checks them again
 * and decides role, county and school itself.
 */
@Configuration(proxyBeanMethods = false)
class EdgeSecurityConfiguration {
    private static final String UNAUTHENTICATED = problem(401, "unauthenticated", "未登录或登录已失效，请重新登录");
    private static final String FORBIDDEN = problem(403, "forbidden", "当前账号没有访问此资源的权限");

    @Bean
    SecurityWebFilterChain edgeSecurity(ServerHttpSecurity http) {
        ServerAuthenticationEntryPoint entryPoint =
                (exchange, e) -> write(exchange, HttpStatus.UNAUTHORIZED, UNAUTHENTICATED);
        ServerAccessDeniedHandler denied = (exchange, e) -> write(exchange, HttpStatus.FORBIDDEN, FORBIDDEN);
        return http.authorizeExchange(exchanges -> exchanges
                        .pathMatchers("/actuator/health/**", "/actuator/info", "/actuator/prometheus")
                        .permitAll()
                        .pathMatchers("/api/**")
                        .authenticated()
                        .anyExchange()
                        .denyAll())
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .oauth2ResourceServer(server -> server.jwt(jwt -> {})
                        .authenticationEntryPoint(entryPoint)
                        .accessDeniedHandler(denied))
                .exceptionHandling(handling ->
                        handling.authenticationEntryPoint(entryPoint).accessDeniedHandler(denied))
                .build();
    }

    private static Mono<Void> write(ServerWebExchange exchange, HttpStatus status, String body) {
        var response = exchange.getResponse();
        response.setStatusCode(status);
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        if (status == HttpStatus.UNAUTHORIZED) {
            response.getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        DataBuffer buffer = response.bufferFactory().wrap(body.getBytes(StandardCharsets.UTF_8));
        return response.writeWith(Mono.just(buffer));
    }

    private static String problem(int status, String code, String detail) {
        return "{\"type\":\"urn:wangben:problem:" + code + "\",\"status\":" + status + ",\"detail\":\"" + detail
                + "\"}";
    }
}
