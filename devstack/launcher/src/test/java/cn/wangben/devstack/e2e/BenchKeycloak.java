package cn.wangben.devstack.e2e;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keycloak work of the benchmark's setup. Keycloak hashes every password it sets or checks (argon2), which makes it
 * the slow part; it runs on a few threads: more would only queue on the two cores, fewer leave Keycloak's share of
 * them to whatever else the machine runs.
 */
final class BenchKeycloak {
    static final int THREADS = 6;
    /** The master realm's tokens live a minute; renewed well before, but not per call. */
    private static final Duration MASTER_TOKEN_REUSE = Duration.ofSeconds(30);

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();
    private final String keycloakUrl;
    private String masterToken;
    private long masterTokenAt;

    BenchKeycloak(String keycloakUrl) {
        this.keycloakUrl = keycloakUrl;
    }

    /** As {@link KeycloakAdmin#choosePassword}, but with one admin token for many calls (each new one is a hash). */
    void choosePassword(String username, String password) throws Exception {
        String id = userId(username);
        admin("PUT", "/users/" + id + "/reset-password", """
                {"type":"password","temporary":false,"value":"%s"}""".formatted(password));
        admin("PUT", "/users/" + id, "{\"requiredActions\":[]}");
    }

    /**
     * An official (教育局) as the platform operator makes one in Keycloak: the OFFICIAL realm role and the counties
     * granted in the {@code granted_counties} attribute, which the realm maps into the token. Identity has no API for
     * officials; this is the operator's way.
     */
    void createOfficial(String username, String password, String county) throws Exception {
        admin("POST", "/users", """
                {"username":"%s","enabled":true,"emailVerified":true,"email":"%s@bench.wangben.test",
                 "firstName":"压测","lastName":"局","requiredActions":[],
                 "attributes":{"granted_counties":["%s"]},
                 "credentials":[{"type":"password","value":"%s","temporary":false}]}""".formatted(username, username, county, password));
        String id = userId(username);
        String role = admin("GET", "/roles/OFFICIAL", null);
        admin("POST", "/users/" + id + "/role-mappings/realm", "[" + role + "]");
    }

    private String userId(String username) throws Exception {
        return JSON.readTree(admin("GET", "/users?exact=true&username=" + encode(username), null))
                .path(0)
                .path("id")
                .asString();
    }

    private synchronized String masterToken() throws Exception {
        if (masterToken == null || System.nanoTime() - masterTokenAt > MASTER_TOKEN_REUSE.toNanos()) {
            masterToken = Tokens.masterRealmAdmin(keycloakUrl);
            masterTokenAt = System.nanoTime();
        }
        return masterToken;
    }

    private String admin(String method, String path, String json) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(keycloakUrl + "/admin/realms/wangben" + path))
                .header("Authorization", "Bearer " + masterToken())
                .header("Content-Type", "application/json")
                .method(
                        method,
                        json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException("Keycloak admin " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    /** Runs the task for every index on the Keycloak pool; the first failure is thrown. */
    static void parallel(List<Integer> items, Task task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i : items) {
                done.add(pool.submit(() -> {
                    task.run(i);
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @FunctionalInterface
    interface Task {
        void run(int index) throws Exception;
    }
}
