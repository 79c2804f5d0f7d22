package cn.wangben.identity.tenancy;

import cn.wangben.platform.domain.DomainException;
import cn.wangben.platform.domain.DomainException.Violation;
import java.util.List;
import java.util.regex.Pattern;

/**
 * An administrator to create: a username they will log in with, their name, and optionally an e-mail. Usernames are
 * lower-case so that Keycloak (which lower-cases them) and our records agree.
 */
public record Person(String username, String name, String email) {
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final int MAX_NAME = 50;

    public static Person validated(String username, String name, String email, String at, List<Violation> problems) {
        String u = username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
        if (!USERNAME.matcher(u).matches()) {
            problems.add(new Violation(at + ".username", "用户名须为3到64位小写字母、数字、点、下划线或连字符，以字母或数字开头"));
        }
        String n = name == null ? "" : name.strip();
        if (n.isEmpty() || n.length() > MAX_NAME) {
            problems.add(new Violation(at + ".name", "请填写姓名（不超过" + MAX_NAME + "个字）"));
        }
        String e = email == null || email.isBlank() ? null : email.strip();
        if (e != null && !EMAIL.matcher(e).matches()) {
            problems.add(new Violation(at + ".email", "电子邮箱格式不正确"));
        }
        return new Person(u, n, e);
    }

    static void throwIfAny(String code, List<Violation> problems) {
        if (!problems.isEmpty()) {
            throw DomainException.ruleViolated(code, problems);
        }
    }
}
