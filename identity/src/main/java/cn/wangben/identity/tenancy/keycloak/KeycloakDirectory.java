package cn.wangben.identity.tenancy.keycloak;

import cn.wangben.contracts.ids.CountyId;
import cn.wangben.identity.tenancy.AccountDirectory;
import cn.wangben.identity.tenancy.NewAccount;
import cn.wangben.platform.domain.DomainException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.OrganizationRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keycloak through its admin client. Roles come from the realm's role groups (/TEACHER, /SCHOOL_ADMIN, …) because the
 * admin API applies groups, attributes and credentials on create in one call, but not realm roles. Each county is one
 * organization (alias = county id); its accounts are its members.
 */
public class KeycloakDirectory implements AccountDirectory {
    private static final Logger log = LoggerFactory.getLogger(KeycloakDirectory.class);
    private static final int CONFLICT = 409;

    private final Keycloak keycloak;
    private final String realm;

    public KeycloakDirectory(Keycloak keycloak, String realm) {
        this.keycloak = keycloak;
        this.realm = realm;
    }

    @Override
    public String ensureOrganization(CountyId county, String name) {
        return call(() -> {
            Optional<String> existing = organizationOf(county);
            if (existing.isPresent()) {
                return existing.get();
            }
            OrganizationRepresentation org = new OrganizationRepresentation();
            org.setName(name);
            org.setAlias(county.value());
            org.setEnabled(true);
            org.setAttributes(Map.of("county", List.of(county.value())));
            try (Response response = realm().organizations().create(org)) {
                if (response.getStatus() == CONFLICT) {
                    return organizationOf(county).orElseThrow(() -> unavailable("organization " + county.value()));
                }
                return CreatedResponseUtil.getCreatedId(response);
            }
        });
    }

    private Optional<String> organizationOf(CountyId county) {
        return realm().organizations().searchByAttribute("county:" + county.value()).stream()
                .filter(o -> county.value().equals(o.getAlias()))
                .map(OrganizationRepresentation::getId)
                .findFirst();
    }

    @Override
    public Provisioned create(String organizationId, NewAccount account) {
        return call(() -> {
            UserRepresentation user = representation(account);
            String id;
            boolean created;
            try (Response response = realm().users().create(user)) {
                if (response.getStatus() == CONFLICT) {
                    id = find(account.username())
                            .orElseThrow(() -> unavailable("user " + account.username()))
                            .id();
                    created = false;
                } else {
                    id = CreatedResponseUtil.getCreatedId(response);
                    created = true;
                }
            }
            try (Response member =
                    realm().organizations().get(organizationId).members().addMember(id)) {
                if (member.getStatus() >= 300 && member.getStatus() != CONFLICT) {
                    throw unavailable("organization membership of " + account.username() + ": " + member.getStatus());
                }
            }
            return new Provisioned(id, created);
        });
    }

    @Override
    public Optional<Account> find(String username) {
        return call(() -> realm().users().search(username, true).stream()
                .findFirst()
                .map(u -> new Account(
                        u.getId(),
                        u.getUsername(),
                        u.firstAttribute("county"),
                        u.firstAttribute("school"),
                        u.firstAttribute("teacher_key"),
                        Boolean.TRUE.equals(u.isEnabled()))));
    }

    @Override
    public void setEnabled(String accountId, boolean enabled) {
        call(() -> {
            var resource = realm().users().get(accountId);
            UserRepresentation user = resource.toRepresentation();
            user.setEnabled(enabled);
            resource.update(user);
            return null;
        });
    }

    @Override
    public void resetTemporaryPassword(String accountId, String password) {
        call(() -> {
            realm().users().get(accountId).resetPassword(temporary(password));
            return null;
        });
    }

    private static UserRepresentation representation(NewAccount account) {
        UserRepresentation user = new UserRepresentation();
        user.setUsername(account.username());
        user.setFirstName(account.name());
        user.setEmail(account.email());
        user.setEmailVerified(account.email() != null);
        user.setEnabled(true);
        Map<String, List<String>> attributes = new HashMap<>();
        attributes.put("county", List.of(account.county().value()));
        if (account.school() != null) {
            attributes.put("school", List.of(account.school().value()));
        }
        account.attributes().forEach((k, v) -> attributes.put(k, List.of(v)));
        user.setAttributes(attributes);
        user.setGroups(List.of("/" + account.role().name()));
        user.setCredentials(new ArrayList<>(List.of(temporary(account.temporaryPassword()))));
        user.setRequiredActions(List.of("UPDATE_PASSWORD"));
        return user;
    }

    private static CredentialRepresentation temporary(String password) {
        CredentialRepresentation credential = new CredentialRepresentation();
        credential.setType(CredentialRepresentation.PASSWORD);
        credential.setValue(password);
        credential.setTemporary(true);
        return credential;
    }

    private RealmResource realm() {
        return keycloak.realm(realm);
    }

    private static <T> T call(java.util.concurrent.Callable<T> action) {
        try {
            return action.call();
        } catch (DomainException e) {
            throw e;
        } catch (WebApplicationException e) {
            log.warn("Keycloak refused an admin call: HTTP {}", e.getResponse().getStatus());
            throw new DirectoryUnavailableException("HTTP " + e.getResponse().getStatus(), e);
        } catch (Exception e) {
            log.warn("Keycloak admin call failed: {}", e.toString());
            throw new DirectoryUnavailableException(e.toString(), e);
        }
    }

    private static DirectoryUnavailableException unavailable(String what) {
        log.warn("Keycloak answered unexpectedly: {}", what);
        return new DirectoryUnavailableException(what, null);
    }
}
