package cn.wangben.identity.tenancy;

import cn.wangben.contracts.ids.CountyId;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** A test double of Keycloak with its observable behaviour: usernames unique, creates counted, passwords kept. */
public class InMemoryDirectory implements AccountDirectory {
    public final Map<String, NewAccount> accounts = new ConcurrentHashMap<>();
    public final Map<String, String> ids = new ConcurrentHashMap<>();
    public final Map<String, String> passwords = new ConcurrentHashMap<>();
    public final Map<String, Boolean> enabled = new ConcurrentHashMap<>();
    public final Map<CountyId, String> organizations = new ConcurrentHashMap<>();
    public final AtomicInteger creates = new AtomicInteger();

    @Override
    public String ensureOrganization(CountyId county, String name) {
        return organizations.computeIfAbsent(county, c -> "org-" + c.value());
    }

    @Override
    public synchronized Provisioned create(String organizationId, NewAccount account) {
        if (accounts.containsKey(account.username())) {
            return new Provisioned(ids.get(account.username()), false);
        }
        creates.incrementAndGet();
        String id = UUID.randomUUID().toString();
        accounts.put(account.username(), account);
        ids.put(account.username(), id);
        passwords.put(id, account.temporaryPassword());
        enabled.put(id, true);
        return new Provisioned(id, true);
    }

    @Override
    public Optional<Account> find(String username) {
        NewAccount a = accounts.get(username);
        if (a == null) {
            return Optional.empty();
        }
        String id = ids.get(username);
        return Optional.of(new Account(
                id,
                username,
                a.county().value(),
                a.school() == null ? null : a.school().value(),
                a.attributes().get("teacher_key"),
                enabled.get(id)));
    }

    @Override
    public void setEnabled(String accountId, boolean value) {
        enabled.put(accountId, value);
    }

    @Override
    public void resetTemporaryPassword(String accountId, String password) {
        passwords.put(accountId, password);
    }
}
