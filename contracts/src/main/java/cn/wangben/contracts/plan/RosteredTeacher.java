package cn.wangben.contracts.plan;

import java.util.Objects;

/**
 * One trainee of a school roster as other services see it. {@code teacherKey} is a keyed hash (HMAC-SHA256, hex) of
 * the ID number: stable across imports and programmes, never the number itself. Only the masked ID travels.
 */
public record RosteredTeacher(
        String teacherKey,
        String name,
        String gender,
        String stage,
        String subject,
        String title,
        Integer yearsOfTeaching,
        String maskedIdNumber) {

    public RosteredTeacher {
        Objects.requireNonNull(teacherKey, "teacherKey");
        Objects.requireNonNull(name, "name");
    }
}
