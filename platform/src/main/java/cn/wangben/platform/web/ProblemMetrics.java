package cn.wangben.platform.web;

import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * Counts every problem a service answers, by status and problem code ({@code wangben.problems}): refusals by reason
 * (a late essay, a locked sheet, a bad roster row) become visible on the dashboards without reading logs.
 */
@ControllerAdvice
public class ProblemMetrics implements ResponseBodyAdvice<Object> {
    static final String PREFIX = "urn:wangben:problem:";
    private final MeterRegistry meters;

    public ProblemMetrics(MeterRegistry meters) {
        this.meters = meters;
    }

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object beforeBodyWrite(
            Object body,
            MethodParameter returnType,
            MediaType contentType,
            Class<? extends HttpMessageConverter<?>> converterType,
            ServerHttpRequest request,
            ServerHttpResponse response) {
        if (body instanceof ProblemDetail problem) {
            meters.counter("wangben.problems", "status", String.valueOf(problem.getStatus()), "code", code(problem))
                    .increment();
        }
        return body;
    }

    static String code(ProblemDetail problem) {
        URI type = problem.getType();
        String text = type == null ? "" : type.toString();
        return text.startsWith(PREFIX) ? text.substring(PREFIX.length()) : "other";
    }
}
