package cn.wangben.identity.tenancy;

import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.SchoolId;
import cn.wangben.platform.domain.DomainException;
import cn.wangben.platform.domain.DomainException.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** The shape of tenant ids, codes and names, with the Chinese message a form shows next to the field. */
final class TenancyRules {
    // tenant ids appear in URLs, tokens and Kafka keys: keep them plain
    private static final Pattern TENANT_ID = Pattern.compile("[a-z][a-z0-9-]{1,63}");
    private static final Pattern SCHOOL_CODE = Pattern.compile("[A-Za-z0-9]{1,32}");

    private TenancyRules() {}

    static CountyId countyId(String id) {
        List<Violation> problems = new ArrayList<>();
        String value = tenantId(id, "id", "县（区）编号", problems);
        Person.throwIfAny("invalid-county", problems);
        return CountyId.of(value);
    }

    static SchoolId schoolId(String id, List<Violation> problems) {
        String value = tenantId(id, "id", "学校编号", problems);
        return problems.isEmpty() ? SchoolId.of(value) : null;
    }

    static String code(String code, List<Violation> problems) {
        String value = code == null ? "" : code.strip();
        if (!SCHOOL_CODE.matcher(value).matches()) {
            problems.add(new Violation("code", "学校代码须为1到32位字母或数字"));
        }
        return value;
    }

    static String name(String name, String field, String label, int max) {
        List<Violation> problems = new ArrayList<>();
        String value = name(name, field, label, max, problems);
        if (!problems.isEmpty()) {
            throw DomainException.ruleViolated("invalid-name", problems);
        }
        return value;
    }

    static String name(String name, String field, String label, int max, List<Violation> problems) {
        String value = name == null ? "" : name.strip();
        if (value.isEmpty() || value.length() > max) {
            problems.add(new Violation(field, "请填写" + label + "（不超过" + max + "个字）"));
        }
        return value;
    }

    private static String tenantId(String id, String field, String label, List<Violation> problems) {
        String value = id == null ? "" : id.strip();
        if (!TENANT_ID.matcher(value).matches()) {
            problems.add(new Violation(field, label + "须为2到64位小写字母、数字或连字符，以字母开头，例如 qingshan"));
        }
        return value;
    }
}
