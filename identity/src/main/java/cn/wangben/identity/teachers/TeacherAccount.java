package cn.wangben.identity.teachers;

import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.SchoolId;
import java.time.Instant;

/**
 * A teacher's login, made from their roster row. {@code sealedPassword} holds the one-time initial password (AES-GCM)
 * only until the school admin has fetched the credential slips; {@code accountId} is null while the account is pending.
 */
public record TeacherAccount(
        CountyId county,
        SchoolId school,
        String teacherKey,
        String name,
        String username,
        String accountId,
        String sealedPassword,
        Instant createdAt,
        String rosterId) {

    public boolean pending() {
        return accountId == null;
    }
}
