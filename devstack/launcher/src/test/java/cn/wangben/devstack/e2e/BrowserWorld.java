package cn.wangben.devstack.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wangben.devstack.Devstack;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the browser tests work on, made through the APIs: a published programme of 青山县 whose plan-and-roster
 * deadline is tomorrow (so schools without a plan are at risk) and an online module that closes in 20 hours (so the
 * submissions-per-hour window covers now). The people are the realm's demo accounts.
 */
final class BrowserWorld {
    static final String PASSWORD = ThinFlowIT.PASSWORD;
    static final String COUNTY = "qingshan";
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Duration SYNC = Duration.ofSeconds(30);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static BrowserWorld world;

    final Devstack stack;
    final GatewayClient gateway;
    String programmeId;
    String moduleId;

    private BrowserWorld(Devstack stack) {
        this.stack = stack;
        this.gateway = new GatewayClient(stack.gatewayUrl());
    }

    static synchronized BrowserWorld get() throws Exception {
        if (world == null || world.stack != SharedPlatform.get()) {
            world = new BrowserWorld(SharedPlatform.get()).build();
        }
        return world;
    }

    String token(String username) {
        return stack.passwordGrantToken(username, PASSWORD);
    }

    String baseUrl() {
        return stack.gatewayUrl();
    }

    private BrowserWorld build() throws Exception {
        allowRedirectsTo(stack.gatewayUrl());
        tenants();
        String admin = token("qs-county-admin");
        LocalDate today = LocalDate.now(SHANGHAI);
        var created = gateway.post("/api/plan/programmes", admin, """
                {"name":"浏览器测试研修项目","periodStart":"%s","periodEnd":"%s","enrollmentCutoff":"%sT00:00:00+08:00",
                 "schoolPlanDeadline":"%sT00:00:00+08:00","schoolScoringDeadline":"%sT00:00:00+08:00"}""".formatted(
                today.minusDays(3), today.plusDays(60), today.plusDays(1), today.plusDays(2), today.plusDays(50)));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        programmeId = created.text("id");
        var published = gateway.post("/api/plan/programmes/" + programmeId + "/publish", admin, "");
        assertThat(published.status()).as(published.toString()).isEqualTo(200);

        Instant due = Instant.now().plus(Duration.ofHours(20)).truncatedTo(ChronoUnit.MINUTES);
        String module = """
                {"programmeId":"%s","title":"队伍建设","prompt":"结合本人实际，撰写教师自我发展规划（不少于 50 字）。","maxPoints":20,
                 "opensAt":"%s","dueAt":"%s"}""".formatted(
                programmeId,
                Instant.now().minus(Duration.ofHours(30)).atZone(SHANGHAI).toOffsetDateTime(),
                due.atZone(SHANGHAI).toOffsetDateTime());
        // assignment-service learns of the programme only from ProgrammePublished on Kafka
        moduleId = Eventually.reply(SYNC, () -> gateway.post("/api/assignments/modules", admin, module), 201)
                .text("id");
        approvedPlan("qs-shiyan-admin", today);
        // and the dashboard of the module only from ModuleScheduled
        Eventually.reply(
                SYNC,
                () -> gateway.get("/api/scoring/dashboards/counties/" + COUNTY + "/modules/" + moduleId, admin),
                200);
        return this;
    }

    /** 青山县 and its schools, by name on the dashboard; registered once per platform (a 409 the second time). */
    private void tenants() throws Exception {
        gateway.post("/api/identity/counties", token("platform-admin"), "{\"id\":\"qingshan\",\"name\":\"青山县\"}");
        String admin = token("qs-county-admin");
        for (String school : new String[] {
            "{\"id\":\"qs-shiyan\",\"code\":\"3607010001\",\"name\":\"青山县实验小学\",\"stage\":\"小学\"}",
            "{\"id\":\"qs-youer\",\"code\":\"3607010002\",\"name\":\"青山县第一幼儿园\",\"stage\":\"幼儿园\"}"
        }) {
            var reply = gateway.post("/api/identity/counties/" + COUNTY + "/schools", admin, school);
            assertThat(reply.status()).as(reply.toString()).isIn(201, 409);
        }
    }

    /**
     * 实验小学's plan (seed 000), submitted and approved: the school then has figures on the dashboard before anyone
     * submits, while 第一幼儿园, without a plan a day before the deadline, is at risk once it has figures.
     */
    private void approvedPlan(String schoolAdmin, LocalDate today) throws Exception {
        String token = token(schoolAdmin);
        String path = "/api/plan/programmes/" + programmeId + "/school-plans/mine";
        var saved = gateway.put(path, token, JSON.writeValueAsString(IsolationWorld.shiftedPlan(today.minusDays(2))));
        assertThat(saved.status()).as(saved.toString()).isIn(200, 201);
        var submitted = gateway.post(path + "/submit", token, "");
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
        String plan = gateway.get(path, token).text("id");
        var approved = gateway.post("/api/plan/school-plans/" + plan + "/approve", token("qs-county-admin"), "");
        assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
    }

    /** An essay sent through the API (not the browser), as another teacher's phone would; its submission id. */
    String submitByApi(String teacher, String text) throws Exception {
        var receipt = gateway.post(
                "/api/assignments/modules/" + moduleId + "/essays",
                token(teacher),
                JSON.writeValueAsString(java.util.Map.of("text", text)));
        assertThat(receipt.status()).as(receipt.toString()).isEqualTo(201);
        return receipt.text("submissionId");
    }

    /** The account id services know a person by (the token's subject). */
    String subject(String username) {
        String payload = new String(
                java.util.Base64.getUrlDecoder().decode(token(username).split("\\.")[1]),
                java.nio.charset.StandardCharsets.UTF_8);
        return JSON.readTree(payload).path("sub").asString();
    }

    /**
     * The realm's {@code wangben-web} client allows the developer's gateway on 8080; the test platform's gateway runs on
     * a free port, so the test adds that origin to the running realm (never to the committed realm file).
     */
    private void allowRedirectsTo(String origin) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String admin = Tokens.masterRealmAdmin(stack.keycloakUrl());
        String clients = stack.keycloakUrl() + "/admin/realms/wangben/clients";
        JsonNode found = JSON.readTree(http.send(
                        HttpRequest.newBuilder(URI.create(clients + "?clientId=wangben-web"))
                                .header("Authorization", "Bearer " + admin)
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body());
        ObjectNode client = (ObjectNode) found.path(0);
        ArrayNode redirects = (ArrayNode) client.path("redirectUris");
        String pattern = origin + "/*";
        for (JsonNode uri : redirects) {
            if (pattern.equals(uri.asString())) {
                return;
            }
        }
        redirects.add(pattern);
        ObjectNode attributes = (ObjectNode) client.path("attributes");
        attributes.put(
                "post.logout.redirect.uris",
                attributes.path("post.logout.redirect.uris").asString("") + "##" + pattern);
        HttpResponse<String> put = http.send(
                HttpRequest.newBuilder(
                                URI.create(clients + "/" + client.path("id").asString()))
                        .header("Authorization", "Bearer " + admin)
                        .header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(client)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(put.statusCode()).as(put.body()).isEqualTo(204);
    }
}
