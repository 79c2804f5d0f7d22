package cn.wangben.platform.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.DatabindException;

final class Problems {
    private Problems() {}

    static ProblemDetail of(HttpStatus status, String code, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("urn:wangben:problem:" + code));
        return problem;
    }

    static String describe(List<Map<String, String>> errors) {
        return "请求数据校验未通过："
                + errors.stream()
                        .map(e -> e.get("field") + " " + e.get("message"))
                        .collect(Collectors.joining("；"));
    }

    /** The JSON path of a binding failure, e.g. {@code modules[0].dueAt}. */
    static String path(DatabindException e) {
        StringBuilder path = new StringBuilder();
        for (var ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? null : path.toString();
    }
}
