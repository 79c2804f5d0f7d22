package cn.wangben.platform.web;

import cn.wangben.platform.domain.DomainException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.databind.DatabindException;

/** Every error leaves as RFC 9457 problem+json with a Chinese {@code detail}; nothing internal leaks. */
@RestControllerAdvice
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {
    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);
    private static final Map<Integer, String> GENERIC_DETAILS = Map.of(
            400, "请求不正确",
            404, "请求的地址不存在",
            405, "不支持此请求方法",
            406, "无法提供所请求的内容格式",
            413, "请求内容过大",
            415, "不支持此内容类型，请使用 application/json");

    @ExceptionHandler(DomainException.class)
    ProblemDetail domain(DomainException e) {
        if (e.getCause() != null) {
            log.warn("{}: {}", e.code(), e.getCause().toString());
        }
        HttpStatus status =
                switch (e.kind()) {
                    case NOT_FOUND -> HttpStatus.NOT_FOUND;
                    case CONFLICT -> HttpStatus.CONFLICT;
                    case RULE_VIOLATED -> HttpStatus.UNPROCESSABLE_CONTENT;
                    case FORBIDDEN -> HttpStatus.FORBIDDEN;
                    case UNAVAILABLE -> HttpStatus.SERVICE_UNAVAILABLE;
                };
        ProblemDetail problem = Problems.of(status, e.code(), e.getMessage());
        if (e.field() != null) {
            problem.setProperty("field", e.field());
        }
        if (!e.violations().isEmpty()) {
            problem.setProperty(
                    "errors",
                    e.violations().stream()
                            .map(v -> Map.of("field", v.field(), "message", v.message()))
                            .toList());
        }
        return problem;
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail accessDenied(AccessDeniedException e) {
        return Problems.of(HttpStatus.FORBIDDEN, "forbidden", "当前账号没有访问此资源的权限");
    }

    @ExceptionHandler(DuplicateKeyException.class)
    ProblemDetail duplicate(DuplicateKeyException e) {
        return Problems.of(HttpStatus.CONFLICT, "duplicate", "该记录已存在，请勿重复提交");
    }

    /** A multipart body without a boundary or cut off midway; too large ones stay 413 (Spring's own handler). */
    @ExceptionHandler(MultipartException.class)
    ProblemDetail multipart(MultipartException e) {
        return Problems.of(HttpStatus.BAD_REQUEST, "invalid-multipart", "上传的表单格式不正确（缺少分隔符或内容不完整），请重新选择文件上传");
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        log.error("Unhandled error", e);
        return Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal", "服务器内部错误，请稍后重试");
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Map<String, String>> errors = e.getBindingResult().getFieldErrors().stream()
                .map(f -> Map.of("field", f.getField(), "message", String.valueOf(f.getDefaultMessage())))
                .toList();
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "invalid-request", Problems.describe(errors));
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Map<String, String>> errors = e.getParameterValidationResults().stream()
                .flatMap(r -> r.getResolvableErrors().stream()
                        .map(err -> Map.of(
                                "field", r.getMethodParameter().getParameterName(),
                                "message", String.valueOf(err.getDefaultMessage()))))
                .toList();
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "invalid-request", Problems.describe(errors));
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String field = e.getCause() instanceof DatabindException databind ? Problems.path(databind) : null;
        if (e.getCause() instanceof SafeText.Refused refused) {
            ProblemDetail problem = Problems.of(
                    HttpStatus.BAD_REQUEST,
                    "invalid-text",
                    "字段 " + (field == null ? "" : field + " ") + refused.reason());
            if (field != null) {
                problem.setProperty("field", field);
            }
            return ResponseEntity.badRequest().body(problem);
        }
        String detail = field == null ? "请求体不是合法的 JSON" : "字段 " + field + " 的值格式不正确";
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "unreadable-body", detail);
        if (field != null) {
            problem.setProperty("field", field);
        }
        return ResponseEntity.badRequest().body(problem);
    }

    /** Spring's own English details are replaced by Chinese ones; the status stays Spring's. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(
            Exception e, Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        // Spring passes its own problems as the exception's body (with a null type in Spring 7).
        Object effective = body == null && e instanceof ErrorResponse response ? response.getBody() : body;
        if (effective instanceof ProblemDetail problem
                && (problem.getType() == null || problem.getType().equals(URI.create("about:blank")))) {
            problem.setDetail(GENERIC_DETAILS.getOrDefault(status.value(), problem.getDetail()));
            problem.setType(URI.create("urn:wangben:problem:http-" + status.value()));
        }
        return super.handleExceptionInternal(e, effective, headers, status, request);
    }
}
