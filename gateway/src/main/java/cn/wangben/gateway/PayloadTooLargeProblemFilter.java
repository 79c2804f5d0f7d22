package cn.wangben.gateway;

import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpResponseDecorator;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The built-in {@code RequestSize} route filter refuses a too large Content-Length with an empty 413 (and an English
 * {@code errorMessage} header) by completing the response. This decorator turns that empty completion into the
 * platform's problem+json. It never touches the request body, which keeps streaming to the service.
 */
@Component
class PayloadTooLargeProblemFilter implements GlobalFilter, Ordered {

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        var response = new ServerHttpResponseDecorator(exchange.getResponse()) {
            @Override
            public Mono<Void> setComplete() {
                if (HttpStatus.CONTENT_TOO_LARGE.equals(getStatusCode()) && !isCommitted()) {
                    return ProblemResponses.write(
                            getDelegate(), HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", "上传的内容过大，超过了允许的上限");
                }
                return super.setComplete();
            }
        };
        return chain.filter(exchange.mutate().response(response).build());
    }

    @Override
    public int getOrder() {
        // must wrap the response before any route filter (route filters are ordered 1, 2, ...)
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
