package cn.wangben.identity.teachers;

import cn.wangben.contracts.ids.CountyId;

/**
 * A teacher's username derives from the county and their roster key, so a replayed roster finds the same account in
 * Keycloak even if our own record was lost. Ten hex digits (40 bits) keep it typeable; a clash inside one county is
 * detected (the account's roster key differs) rather than assumed away.
 */
final class TeacherUsernames {
    private static final int HEX_DIGITS = 10;

    private TeacherUsernames() {}

    static String of(CountyId county, String teacherKey) {
        return county.value() + "-" + teacherKey.substring(0, Math.min(HEX_DIGITS, teacherKey.length()));
    }
}
