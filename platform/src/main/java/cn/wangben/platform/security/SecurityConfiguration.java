package cn.wangben.platform.security;

import java.time.Duration;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Every service is a stateless JWT resource server. The issuer comes from
 * {@code spring.security.oauth2.resourceserver.jwt.issuer-uri}; roles come from the {@code roles} claim.
 */
@AutoConfiguration
@EnableConfigurationProperties(TokenProperties.class)
public class SecurityConfiguration {
    static final String[] PUBLIC_PATHS = {
        "/actuator/health/**",
        "/actuator/info",
        "/actuator/prometheus",
        "/error",
        "/v3/api-docs",
        "/v3/api-docs/**",
        // endpoints anyone may call, e.g. verifying a certificate by its code; they reveal no personal data beyond it
        "/api/*/public/**"
    };

    @Bean
    @ConditionalOnMissingBean(SecurityFilterChain.class)
    SecurityFilterChain wangbenSecurityFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests.requestMatchers(PUBLIC_PATHS)
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .oauth2ResourceServer(server -> server.jwt(Customizer.withDefaults())
                        .authenticationEntryPoint(problemEntryPoint())
                        .accessDeniedHandler(problemAccessDenied()))
                .exceptionHandling(handling -> handling.authenticationEntryPoint(problemEntryPoint())
                        .accessDeniedHandler(problemAccessDenied()));
        return http.build();
    }

    static AuthenticationEntryPoint problemEntryPoint() {
        BearerTokenAuthenticationEntryPoint bearer = new BearerTokenAuthenticationEntryPoint();
        return (request, response, exception) -> {
            bearer.commence(request, response, exception); // sets WWW-Authenticate per RFC 6750
            ProblemWriter.write(response, HttpStatus.UNAUTHORIZED, "unauthenticated", "未登录或登录已失效，请重新登录");
        };
    }

    static AccessDeniedHandler problemAccessDenied() {
        return (request, response, exception) ->
                ProblemWriter.write(response, HttpStatus.FORBIDDEN, "forbidden", "当前账号没有访问此资源的权限");
    }

    /**
     * No observation (span, timer) per security filter, authentication and authorization: about fifteen per request,
     * a large share of a submission's CPU, and read by nobody. The request's own observation still carries its trace.
     */
    @Bean
    @ConditionalOnMissingBean(SecurityObservationSettings.class)
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    /** The bearer header read without a regex over the token ({@link BearerHeaders}). */
    @Bean
    @ConditionalOnMissingBean(BearerTokenResolver.class)
    BearerTokenResolver bearerTokenResolver() {
        return BearerHeaders.resolver();
    }

    /** The strict firewall, its header-value rule checked without a regex ({@link BearerHeaders}). */
    @Bean
    @ConditionalOnMissingBean(HttpFirewall.class)
    HttpFirewall httpFirewall() {
        return BearerHeaders.firewall();
    }

    /** Tokens whose signature was checked once are not parsed and verified again (see {@link VerifiedJwtCache}). */
    @Bean
    static BeanPostProcessor verifiedJwtCache(@Value("${wangben.security.clock-skew:30s}") Duration clockSkew) {
        return VerifiedJwtCache.wrapping(clockSkew);
    }

    /** Boot adds validator beans to its own (which include a 60 s skew); both must pass, so this skew rules. */
    @Bean
    OAuth2TokenValidator<Jwt> tokenClockSkew(TokenProperties tokens) {
        return new JwtTimestampValidator(tokens.clockSkew());
    }

    @Bean
    WebMvcConfigurer callerArgumentResolverConfigurer() {
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(new CallerArgumentResolver());
            }

            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                registry.addInterceptor(new AllowedRolesInterceptor());
            }
        };
    }
}
