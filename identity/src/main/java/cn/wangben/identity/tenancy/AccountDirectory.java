package cn.wangben.identity.tenancy;

import cn.wangben.contracts.ids.CountyId;
import java.util.Optional;

/** The identity provider (Keycloak) as provisioning sees it. Every call is safe to repeat. */
public interface AccountDirectory {

    /** The county's organization, created if missing; returns its id. */
    String ensureOrganization(CountyId county, String name);

    /**
     * Creates the account in the county's organization. If the username exists already, nothing is created: the
     * existing account is returned with {@code created} false, so a replay never makes a second account.
     */
    Provisioned create(String organizationId, NewAccount account);

    /** The account with this username, if any, with its county attribute. */
    Optional<Account> find(String username);

    void setEnabled(String accountId, boolean enabled);

    /** Sets a new temporary password (used when an account was created but its password was never handed out). */
    void resetTemporaryPassword(String accountId, String password);

    record Provisioned(String accountId, boolean created) {}

    record Account(String id, String username, String county, String school, String teacherKey, boolean enabled) {}
}
