package cn.wangben.assignment.grading.web;

import cn.wangben.assignment.grading.ItemStatus;
import cn.wangben.assignment.grading.QueueFilter;
import cn.wangben.contracts.ids.SchoolId;
import cn.wangben.contracts.ids.TeacherId;
import cn.wangben.platform.domain.DomainException;
import java.util.Locale;
import java.util.function.Function;

/** Query parameters are input like any other: each bad one is a problem naming it, in Chinese. */
final class QueueParams {
    static final String CODE = "invalid-filter";

    private QueueParams() {}

    static QueueFilter filter(String status, String flagged, String schoolId, String after, String size) {
        return new QueueFilter(
                status(status),
                flagged(flagged),
                parse(schoolId, SchoolId::of, "schoolId", "学校编号格式不正确"),
                parse(after, TeacherId::of, "after", "翻页位置 after 格式不正确，请使用上一页返回的 next"),
                size(size));
    }

    static ItemStatus status(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return ItemStatus.valueOf(raw.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw DomainException.ruleViolated(CODE, "status", "状态只能是 ungraded（待评阅）、graded（已评阅）或 missing（未提交）");
        }
    }

    static Boolean flagged(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        if ("true".equalsIgnoreCase(raw.strip()) || "false".equalsIgnoreCase(raw.strip())) {
            return Boolean.valueOf(raw.strip());
        }
        throw DomainException.ruleViolated(CODE, "flagged", "flagged 只能是 true 或 false");
    }

    static <T> T parse(String raw, Function<String, T> factory, String field, String message) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return factory.apply(raw.strip());
        } catch (IllegalArgumentException e) {
            throw DomainException.ruleViolated(CODE, field, message);
        }
    }

    private static Integer size(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(raw.strip());
        } catch (NumberFormatException e) {
            throw DomainException.ruleViolated("invalid-page", "size", "每页条数必须是整数");
        }
    }
}
