package cn.wangben.platform.domain;

import java.util.List;
import java.util.Objects;

/**
 * A refusal the user should understand. {@code detail} is shown to users, so it is Chinese; {@code code} names the
 * problem type; {@code field} names the offending input when there is one.
 */
public class DomainException extends RuntimeException {

    public enum Kind {
        NOT_FOUND,
        CONFLICT,
        RULE_VIOLATED,
        FORBIDDEN,
        UNAVAILABLE
    }

    private final Kind kind;
    private final String code;
    private final String field;
    private List<Violation> violations = List.of();

    /** One input at fault: the path of the field as the client sent it, and what is wrong in Chinese. */
    public record Violation(String field, String message) {}

    protected DomainException(Kind kind, String code, String field, String detail) {
        this(kind, code, field, detail, null);
    }

    protected DomainException(Kind kind, String code, String field, String detail, Throwable cause) {
        super(detail, cause);
        this.kind = Objects.requireNonNull(kind);
        this.code = Objects.requireNonNull(code);
        this.field = field;
    }

    public static DomainException notFound(String what, Object id) {
        return new DomainException(Kind.NOT_FOUND, "not-found", null, "未找到" + what + "（编号 " + id + "）");
    }

    public static DomainException conflict(String code, String detail) {
        return new DomainException(Kind.CONFLICT, code, null, detail);
    }

    public static DomainException ruleViolated(String code, String field, String detail) {
        return new DomainException(Kind.RULE_VIOLATED, code, field, detail);
    }

    /** Several inputs at fault at once; the user sees all of them, not just the first. */
    public static DomainException ruleViolated(String code, List<Violation> violations) {
        Violation first = violations.get(0);
        String detail = violations.size() == 1
                ? first.field() + "：" + first.message()
                : first.field() + "：" + first.message() + "（共 " + violations.size() + " 处问题）";
        DomainException e = new DomainException(Kind.RULE_VIOLATED, code, first.field(), detail);
        e.violations = List.copyOf(violations);
        return e;
    }

    public static DomainException forbidden(String detail) {
        return new DomainException(Kind.FORBIDDEN, "forbidden", null, detail);
    }

    public Kind kind() {
        return kind;
    }

    public String code() {
        return code;
    }

    public String field() {
        return field;
    }

    public List<Violation> violations() {
        return violations;
    }
}
