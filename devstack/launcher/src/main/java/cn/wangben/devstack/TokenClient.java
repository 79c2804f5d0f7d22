package cn.wangben.devstack;

import java.net.http.HttpResponse;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** Keycloak's token endpoint, for tests and tools that act as a realm user. */
final class TokenClient {

    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final int HTTP_OK = 200;

    private TokenClient() {}

    static String passwordGrant(String issuer, String username, String password) {
        String url = issuer + "/protocol/openid-connect/token";
        HttpResponse<String> response = Http.postForm(
                url,
                Map.of(
                        "client_id",
                        DevCredentials.CLI_CLIENT,
                        "grant_type",
                        "password",
                        "username",
                        username,
                        "password",
                        password));
        if (response.statusCode() != HTTP_OK) {
            throw new DevstackException("Keycloak refused a password grant for " + username + ": HTTP "
                    + response.statusCode() + " " + response.body());
        }
        JsonNode token = JSON.readTree(response.body()).path("access_token");
        if (!token.isString()) {
            throw new DevstackException("no access_token in Keycloak's answer: " + response.body());
        }
        return token.asString();
    }
}
