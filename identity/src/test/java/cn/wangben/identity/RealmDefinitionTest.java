package cn.wangben.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** Guards the realm kept as code: what the services and the devstack rely on must not drift silently. */
class RealmDefinitionTest {

    private static final Path REALM_FILE = Path.of("realm", "wangben-realm.json");
    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final Set<String> PLATFORM_ROLES =
            Set.of("PLATFORM_ADMIN", "COUNTY_ADMIN", "COUNTY_GRADER", "OFFICIAL", "SCHOOL_ADMIN", "TEACHER");
    /** Roles scoped to one county: the token must carry it or tenancy checks have nothing to compare. */
    private static final Set<String> COUNTY_ROLES = Set.of("COUNTY_ADMIN", "COUNTY_GRADER", "SCHOOL_ADMIN", "TEACHER");

    private static final Set<String> SCHOOL_ROLES = Set.of("SCHOOL_ADMIN", "TEACHER");
    private static final Set<String> TENANCY_ATTRIBUTES = Set.of("county", "school", "granted_counties");

    private final JsonNode realm = JSON.readTree(REALM_FILE);

    @Test
    void declaresThePlatformRoles() {
        assertThat(realm.path("realm").asString()).isEqualTo("wangben");
        assertThat(names(realm.path("roles").path("realm"), "name"))
                .containsExactlyInAnyOrderElementsOf(PLATFORM_ROLES);
    }

    @Test
    void hardensLogins() {
        assertThat(realm.path("bruteForceProtected").asBoolean()).isTrue();
        assertThat(realm.path("passwordPolicy").asString())
                .contains("length(8)", "digits(1)", "upperCase(1)", "specialChars(1)", "notUsername");
    }

    @Test
    void webClientIsPublicWithPkce() {
        JsonNode web = clients().get("wangben-web");
        assertThat(web.path("publicClient").asBoolean()).isTrue();
        assertThat(web.path("standardFlowEnabled").asBoolean()).isTrue();
        assertThat(web.path("directAccessGrantsEnabled").asBoolean()).isFalse();
        assertThat(web.path("attributes").path("pkce.code.challenge.method").asString())
                .isEqualTo("S256");
        assertThat(strings(web.path("redirectUris")))
                .containsExactlyInAnyOrder("http://127.0.0.1:8080/*", "http://localhost:8080/*");
    }

    @Test
    void cliClientAllowsPasswordGrantAndServicesClientIsConfidential() {
        JsonNode cli = clients().get("wangben-cli");
        assertThat(cli.path("publicClient").asBoolean()).isTrue();
        assertThat(cli.path("directAccessGrantsEnabled").asBoolean()).isTrue();

        JsonNode services = clients().get("wangben-services");
        assertThat(services.path("publicClient").asBoolean()).isFalse();
        assertThat(services.path("serviceAccountsEnabled").asBoolean()).isTrue();
        assertThat(services.path("secret").asString()).isNotBlank();
    }

    @Test
    void claimsScopeIsDefaultAndPutsTenancyIntoTheAccessToken() {
        assertThat(strings(realm.path("defaultDefaultClientScopes"))).contains("wangben-claims");
        JsonNode scope = realm.path("clientScopes").values().stream()
                .filter(s -> s.path("name").asString().equals("wangben-claims"))
                .findFirst()
                .orElseThrow();
        Map<String, JsonNode> mappers = byName(scope.path("protocolMappers"), "name");
        assertThat(mappers).containsKeys("county", "school", "granted_counties", "roles");
        mappers.values().forEach(m -> assertThat(
                        m.path("config").path("access.token.claim").asString())
                .as(m.path("name").asString())
                .isEqualTo("true"));
        assertThat(mappers.get("granted_counties")
                        .path("config")
                        .path("multivalued")
                        .asString())
                .isEqualTo("true");
        assertThat(mappers.get("roles").path("protocolMapper").asString())
                .isEqualTo("oidc-usermodel-realm-role-mapper");
    }

    /** Keycloak 26 drops user attributes its user profile does not declare; users must not edit their tenancy. */
    @Test
    void userProfileDeclaresTenancyAttributesAsAdminEditableOnly() {
        JsonNode provider = realm.path("components")
                .path("org.keycloak.userprofile.UserProfileProvider")
                .path(0);
        JsonNode profile = JSON.readTree(
                provider.path("config").path("kc.user.profile.config").path(0).asString());
        Map<String, JsonNode> attributes = byName(profile.path("attributes"), "name");
        assertThat(attributes).containsKeys(TENANCY_ATTRIBUTES.toArray(String[]::new));
        TENANCY_ATTRIBUTES.forEach(name -> assertThat(
                        strings(attributes.get(name).path("permissions").path("edit")))
                .as(name)
                .containsExactly("admin"));
    }

    @Test
    void everyDemoUserCanLogInAndCarriesTheTenancyItsRoleNeeds() {
        List<JsonNode> users = realm.path("users").values().stream()
                .filter(u -> !u.has("serviceAccountClientId"))
                .toList();
        assertThat(users).isNotEmpty();
        for (JsonNode user : users) {
            String username = user.path("username").asString();
            assertThat(user.path("enabled").asBoolean()).as(username).isTrue();
            assertThat(user.path("emailVerified").asBoolean()).as(username).isTrue();
            assertThat(List.of("email", "firstName", "lastName"))
                    .allSatisfy(field -> assertThat(user.path(field).asString())
                            .as(username + " " + field)
                            .isNotBlank());
            assertThat(user.path("requiredActions").values()).as(username).isEmpty();
            assertThat(user.path("credentials").path(0).path("temporary").asBoolean())
                    .as(username)
                    .isFalse();

            Set<String> roles = strings(user.path("realmRoles"));
            assertThat(roles).as(username).containsAnyElementsOf(PLATFORM_ROLES);
            JsonNode attributes = user.path("attributes");
            if (roles.stream().anyMatch(COUNTY_ROLES::contains)) {
                assertThat(attributes.path("county").path(0).asString())
                        .as(username + " county")
                        .isNotBlank();
            }
            if (roles.stream().anyMatch(SCHOOL_ROLES::contains)) {
                assertThat(attributes.path("school").path(0).asString())
                        .as(username + " school")
                        .isNotBlank();
            }
            if (roles.contains("OFFICIAL")) {
                assertThat(attributes.path("granted_counties").values())
                        .as(username + " granted_counties")
                        .isNotEmpty();
            }
        }
    }

    private Map<String, JsonNode> clients() {
        return byName(realm.path("clients"), "clientId");
    }

    private static Map<String, JsonNode> byName(JsonNode array, String key) {
        return array.values().stream().collect(Collectors.toMap(n -> n.path(key).asString(), Function.identity()));
    }

    private static Set<String> names(JsonNode array, String key) {
        return byName(array, key).keySet();
    }

    private static Set<String> strings(JsonNode array) {
        return array.values().stream().map(JsonNode::asString).collect(Collectors.toSet());
    }

    @Test
    void everyRoleHasAGroupBecauseTheAdminApiAppliesGroupsButNotRealmRolesOnCreate() {
        Map<String, JsonNode> groups = byName(realm.path("groups"), "name");
        for (JsonNode role : realm.path("roles").path("realm")) {
            String name = role.path("name").asString();
            if (name.equals(name.toUpperCase(java.util.Locale.ROOT))) {
                assertThat(groups).as(name).containsKey(name);
                assertThat(strings(groups.get(name).path("realmRoles"))).containsExactly(name);
            }
        }
        assertThat(realm.path("organizationsEnabled").asBoolean()).isTrue();
    }

    @Test
    void theProvisioningServiceAccountMayManageUsersAndOrganizationsButIsNoRealmAdmin() {
        JsonNode account = realm.path("users").values().stream()
                .filter(u -> "wangben-services"
                        .equals(u.path("serviceAccountClientId").asString()))
                .findFirst()
                .orElseThrow();
        assertThat(strings(account.path("clientRoles").path("realm-management")))
                .contains("manage-users", "manage-realm", "view-users")
                .doesNotContain("realm-admin");
    }
}
