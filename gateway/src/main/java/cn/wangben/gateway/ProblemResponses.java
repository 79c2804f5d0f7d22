package cn.wangben.gateway;

import java.nio.charset.StandardCharsets;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import reactor.core.publisher.Mono;

/**
 * The gateway answers some requests itself (401, 403, 413, 429); they must look like the services' RFC 9457 problems so
 * that the UI handles every error the same way. Details are fixed Chinese sentences, so no JSON escaping is needed.
 */
final class ProblemResponses {
    private ProblemResponses() {}

    static Mono<Void> write(ServerHttpResponse response, HttpStatus status, String code, String detail) {
        response.setStatusCode(status);
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        String body = "{\"type\":\"urn:wangben:problem:" + code + "\",\"status\":" + status.value() + ",\"detail\":\""
                + detail + "\"}";
        DataBuffer buffer = response.bufferFactory().wrap(body.getBytes(StandardCharsets.UTF_8));
        return response.writeWith(Mono.just(buffer));
    }
}
