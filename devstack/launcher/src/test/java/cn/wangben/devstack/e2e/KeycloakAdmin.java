package cn.wangben.devstack.e2e;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Looks at realm {@code wangben} from Keycloak's side (master admin), to check what provisioning really made. */
final class KeycloakAdmin {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();
    private final String keycloakUrl;

    KeycloakAdmin(String keycloakUrl) {
        this.keycloakUrl = keycloakUrl;
    }

    long usersWithAttribute(String name, String value) throws Exception {
        return Long.parseLong(
                get("/users/count?q=" + encode(name + ":" + value)).trim());
    }

    JsonNode user(String username) throws Exception {
        return JSON.readTree(get("/users?exact=true&username=" + encode(username)))
                .path(0);
    }

    JsonNode organization(String alias) throws Exception {
        for (JsonNode org : JSON.readTree(get("/organizations?q=" + encode("county:" + alias)))) {
            if (alias.equals(org.path("alias").asString())) {
                return org;
            }
        }
        return JSON.missingNode();
    }

    long members(String organizationId) throws Exception {
        return Long.parseLong(
                get("/organizations/" + organizationId + "/members/count").trim());
    }

    /** What a person does at first login: chooses their own password (here set for them by the operator). */
    void choosePassword(String username, String password) throws Exception {
        String id = user(username).path("id").asString();
        send(HttpRequest.newBuilder(URI.create(admin("/users/" + id + "/reset-password")))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(
                        "{\"type\":\"password\",\"temporary\":false,\"value\":\"" + password + "\"}")));
        send(HttpRequest.newBuilder(URI.create(admin("/users/" + id)))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"requiredActions\":[]}")));
    }

    /** Adds a client to the realm (tests only: e.g. one whose tokens live seconds); an existing one is kept. */
    void ensureClient(String json) throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(admin("/clients")))
                        .header("Authorization", "Bearer " + Tokens.masterRealmAdmin(keycloakUrl))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201 && response.statusCode() != 409) {
            throw new IllegalStateException("Keycloak admin " + response.statusCode() + ": " + response.body());
        }
    }

    /** An access token of {@code clientId} by password grant. */
    String token(String clientId, String username, String password) throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(keycloakUrl + "/realms/wangben/protocol/openid-connect/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("client_id=" + clientId
                                + "&grant_type=password&username=" + encode(username) + "&password="
                                + encode(password)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(response.body()).path("access_token").asString();
    }

    /** The token endpoint's answer to a password grant: the error code, or "ok". */
    String tryLogin(String username, String password) throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(keycloakUrl + "/realms/wangben/protocol/openid-connect/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("client_id=wangben-cli&grant_type=password&username="
                                + encode(username) + "&password=" + encode(password)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 200) {
            return "ok";
        }
        return JSON.readTree(response.body()).path("error_description").asString();
    }

    private String get(String path) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(admin(path))).GET());
    }

    private String send(HttpRequest.Builder request) throws Exception {
        HttpResponse<String> response = http.send(
                request.header("Authorization", "Bearer " + Tokens.masterRealmAdmin(keycloakUrl))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException("Keycloak admin " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private String admin(String path) {
        return keycloakUrl + "/admin/realms/wangben" + path;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
