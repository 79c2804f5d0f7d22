package cn.wangben.gateway;

import jakarta.validation.constraints.NotBlank;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher.MatchResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.reactive.config.ResourceHandlerRegistry;
import org.springframework.web.reactive.config.WebFluxConfigurer;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.reactive.function.server.RequestPredicate;
import org.springframework.web.reactive.function.server.RequestPredicates;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

/**
 * Serves the web UI (module {@code web}, a jar with the Vite build under {@code META-INF/resources}) from the classpath:
 * hashed assets with a year's cache, {@code index.html} for {@code /} and for every client-side route (a path without
 * a file extension outside {@code /api} and {@code /actuator}), and {@code /config.json}, the runtime settings the UI
 * needs to log in, so that one build of the UI runs in every environment. None of it needs a token: what is behind the
 * pages, the API, still does.
 */
@Configuration(proxyBeanMethods = false)
class WebUiConfiguration implements WebFluxConfigurer {
    private static final Logger log = LoggerFactory.getLogger(WebUiConfiguration.class);
    static final String INDEX = "META-INF/resources/index.html";

    /**
     * @param issuerUri the Keycloak realm as the browser reaches it (by default the gateway's own issuer-uri; set it
     *     apart when the gateway reaches Keycloak at an internal address)
     * @param clientId the public OIDC client of the UI (authorization code + PKCE)
     */
    @Validated
    @ConfigurationProperties("wangben.web")
    record WebUiProperties(
            @NotBlank String issuerUri, @NotBlank String clientId) {}

    /** GET or HEAD of anything outside the API and the actuator: static files, client routes, the runtime config. */
    static final ServerWebExchangeMatcher UI_REQUESTS = exchange -> {
        var request = exchange.getRequest();
        boolean read = HttpMethod.GET.equals(request.getMethod()) || HttpMethod.HEAD.equals(request.getMethod());
        String path = request.getPath().pathWithinApplication().value();
        return read && !backendPath(path) ? MatchResult.match() : MatchResult.notMatch();
    };

    static boolean backendPath(String path) {
        return path.equals("/api")
                || path.startsWith("/api/")
                || path.equals("/actuator")
                || path.startsWith("/actuator/")
                || path.contains("//");
    }

    /** A client-side route of the single-page app: no file extension in its last segment ("/", "/teacher/p-1"). */
    static boolean clientRoute(String path) {
        if (backendPath(path)) {
            return false;
        }
        String last = path.substring(path.lastIndexOf('/') + 1);
        return !last.contains(".");
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        // file names carry a content hash: a new build has new names, so browsers may keep these for good
        registry.addResourceHandler("/assets/**")
                .addResourceLocations("classpath:/META-INF/resources/assets/")
                .setCacheControl(
                        CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable());
    }

    @Bean
    RouterFunction<ServerResponse> webUi(WebUiProperties properties) {
        Map<String, String> config = Map.of("issuer", properties.issuerUri(), "clientId", properties.clientId());
        RouterFunction<ServerResponse> configRoute =
                RouterFunctions.route(RequestPredicates.GET("/config.json"), request -> ServerResponse.ok()
                        .contentType(MediaType.APPLICATION_JSON)
                        .cacheControl(CacheControl.noStore())
                        .bodyValue(config));
        Resource index = new ClassPathResource(INDEX);
        if (!index.exists()) {
            log.info("No web UI on the classpath ({} missing): serving the API only", INDEX);
            return configRoute;
        }
        String policy = contentSecurityPolicy(properties.issuerUri());
        RequestPredicate pages = RequestPredicates.method(HttpMethod.GET)
                .or(RequestPredicates.method(HttpMethod.HEAD))
                .and(request -> clientRoute(
                        request.requestPath().pathWithinApplication().value()));
        return configRoute.and(RouterFunctions.route(pages, request -> page(request, index, policy)));
    }

    private static Mono<ServerResponse> page(ServerRequest request, Resource index, String policy) {
        return ServerResponse.ok()
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                // revalidated on every visit, so a new build is picked up at once
                .cacheControl(CacheControl.noCache())
                .header("Content-Security-Policy", policy)
                .header("Referrer-Policy", "same-origin")
                .body(BodyInserters.fromResource(index));
    }

    /**
     * Scripts only from this site; the token endpoint of Keycloak is the one other place the UI fetches from. Element
     * Plus sets inline styles, hence 'unsafe-inline' for styles only.
     */
    static String contentSecurityPolicy(String issuerUri) {
        URI issuer = URI.create(issuerUri);
        String origin = issuer.getScheme() + "://" + issuer.getRawAuthority();
        return "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; "
                + "font-src 'self' data:; connect-src 'self' " + origin + "; media-src 'self' https: http:; "
                + "object-src 'none'; base-uri 'self'; frame-ancestors 'none'; form-action 'self' " + origin;
    }
}
