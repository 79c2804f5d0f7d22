package cn.wangben.devstack.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wangben.devstack.Devstack;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import tools.jackson.databind.json.JsonMapper;

/**
 * A county of the scenario's own, provisioned as in production through identity: the platform admin registers it with
 * its admin, the admin registers two schools, their admins and a grader; every person then chooses their password at
 * first login (here set by the Keycloak operator). A county per run keeps the scenario apart from the demo counties the
 * other end-to-end classes use.
 */
final class NoticeCounty {
    static final String PASSWORD = "Notice#2026a";
    private static final Duration TOKEN_REUSE = Duration.ofMinutes(2);
    private static final Duration PROVISIONING = Duration.ofMinutes(2);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    final String id;
    final String schoolA;
    final String schoolB;
    private final Devstack stack;
    private final GatewayClient gateway;
    private final KeycloakAdmin keycloak;
    private final Map<String, Token> tokens = new HashMap<>();

    private NoticeCounty(Devstack stack, String id) {
        this.stack = stack;
        this.id = id;
        this.schoolA = id + "-sy";
        this.schoolB = id + "-ez";
        this.gateway = new GatewayClient(stack.gatewayUrl());
        this.keycloak = new KeycloakAdmin(stack.keycloakUrl());
    }

    static NoticeCounty register(Devstack stack) throws Exception {
        NoticeCounty county = new NoticeCounty(
                stack, "notice-" + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 24), 36));
        county.provision();
        return county;
    }

    String admin() {
        return id + "-admin";
    }

    String grader() {
        return id + "-grader";
    }

    String schoolAdmin(String school) {
        return school + "-admin";
    }

    private void provision() throws Exception {
        var county = gateway.post(
                "/api/identity/counties",
                stack.passwordGrantToken("platform-admin", ThinFlowIT.PASSWORD),
                """
                {"id":"%s","name":"白河县","admin":{"username":"%s","name":"周进修"}}""".formatted(id, admin()));
        assertThat(county.status()).as(county.toString()).isEqualTo(201);
        keycloak.choosePassword(admin(), PASSWORD);

        school(schoolA, "白河县实验小学", "小学");
        school(schoolB, "白河县第二中学", "初中");
        account("/schools/" + schoolA + "/admins", schoolAdmin(schoolA), "郑校本");
        account("/schools/" + schoolB + "/admins", schoolAdmin(schoolB), "韩校本");
        account("/graders", grader(), "孙研培");
    }

    private void school(String school, String name, String stage) throws Exception {
        String code = "36" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        var reply = gateway.post(
                "/api/identity/counties/" + id + "/schools",
                token(admin()),
                "{\"id\":\"%s\",\"code\":\"%s\",\"name\":\"%s\",\"stage\":\"%s\"}"
                        .formatted(school, code, name, stage));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    }

    private void account(String path, String username, String name) throws Exception {
        var reply = gateway.post(
                "/api/identity/counties/" + id + path,
                token(admin()),
                "{\"username\":\"%s\",\"name\":\"%s\"}".formatted(username, name));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        keycloak.choosePassword(username, PASSWORD);
    }

    /**
     * The accounts identity made from the school's roster events, by teacher name: the school admin takes the one-time
     * credential slips, and each teacher chooses a password at first login.
     */
    Map<String, String> teacherAccounts(String school, int expected) throws Exception {
        String path = "/api/identity/counties/" + id + "/schools/" + school;
        Eventually.reply(
                PROVISIONING,
                Duration.ofMillis(500),
                () -> gateway.get(path + "/teachers", token(admin())),
                200,
                reply -> {
                    int active = 0;
                    for (var t : reply.json()) {
                        active += "ACTIVE".equals(t.path("status").asString()) ? 1 : 0;
                    }
                    return active == expected;
                });
        var slips = gateway.post(path + "/credential-slips", token(schoolAdmin(school)), "");
        assertThat(slips.status()).as(slips.toString()).isEqualTo(200);
        assertThat(slips.json().size()).isEqualTo(expected);
        Map<String, String> byName = new LinkedHashMap<>();
        for (var slip : slips.json()) {
            String username = slip.path("username").asString();
            keycloak.choosePassword(username, PASSWORD);
            byName.put(slip.path("name").asString(), username);
        }
        return byName;
    }

    /** A real access token; reused for a while (Keycloak's tokens live 5 minutes, the platform checks real time). */
    synchronized String token(String username) {
        Token known = tokens.get(username);
        if (known == null || System.nanoTime() - known.fetchedAt() > TOKEN_REUSE.toNanos()) {
            known = new Token(stack.passwordGrantToken(username, PASSWORD), System.nanoTime());
            tokens.put(username, known);
        }
        return known.value();
    }

    /** The account id services know a teacher by (the token's subject). */
    String subject(String username) {
        String payload =
                new String(Base64.getUrlDecoder().decode(token(username).split("\\.")[1]), StandardCharsets.UTF_8);
        return JSON.readTree(payload).path("sub").asString();
    }

    private record Token(String value, long fetchedAt) {}
}
