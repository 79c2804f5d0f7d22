package cn.wangben.identity.tenancy;

import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.SchoolId;
import cn.wangben.platform.domain.Role;
import java.util.Map;

/**
 * An account to create in the identity provider, with a temporary password the user must change at first login.
 * {@code attributes} are extra user attributes (e.g. a teacher's roster key).
 */
public record NewAccount(
        String username,
        String name,
        String email,
        Role role,
        CountyId county,
        SchoolId school,
        String temporaryPassword,
        Map<String, String> attributes) {

    public NewAccount {
        attributes = Map.copyOf(attributes);
    }
}
