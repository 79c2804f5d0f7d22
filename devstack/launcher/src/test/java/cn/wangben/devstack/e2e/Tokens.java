package cn.wangben.devstack.e2e;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import tools.jackson.databind.json.JsonMapper;

/** Tokens the platform must refuse although Keycloak really issued them. */
final class Tokens {
    /** The local Keycloak's bootstrap admin (development credentials, see devstack/README.md). */
    private static final String ADMIN = "admin";

    private Tokens() {}

    /** A validly signed token of the same server's {@code master} realm: right signature family, wrong issuer. */
    static String masterRealmAdmin(String keycloakUrl) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create(keycloakUrl + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "client_id=admin-cli&grant_type=password&username=" + ADMIN + "&password=" + ADMIN))
                .build();
        String body = HttpClient.newHttpClient()
                .send(request, HttpResponse.BodyHandlers.ofString())
                .body();
        return JsonMapper.builder().build().readTree(body).path("access_token").asString();
    }
}
