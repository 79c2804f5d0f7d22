package cn.wangben.devstack.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wangben.devstack.Component;
import cn.wangben.devstack.Devstack;
import cn.wangben.devstack.DevstackOptions;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The thin flow of the foundation, on the real local platform: real Keycloak tokens, the gateway, three services, a
 * real KRaft broker, the S3 server and the Mongo-wire server, each its own process. The exact ±1 ms cutoff is proved
 * with a moved clock in assignment-service's EssayCutoffIT; here the server's own clock decides.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ThinFlowIT {
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final String PASSWORD = "Demo#2026";
    static final Duration DASHBOARD_LAG_BUDGET = Duration.ofSeconds(1);
    static final Duration SYNC_PATIENCE = Duration.ofSeconds(30);
    static final Duration CUTOFF_AHEAD = Duration.ofSeconds(25);
    /** Topics.SUBMISSIONS: the launcher talks to the platform as an outsider, without its contracts. */
    static final String SUBMISSIONS_TOPIC = "wangben.assignment.submissions.v1";

    static Devstack stack;
    static GatewayClient gateway;
    static String programmeId;
    static String moduleId;
    static String submissionId;
    static String sha256;
    static Instant dueAt;

    @BeforeAll
    static void startPlatform() throws Exception {
        stack = SharedPlatform.get();
        gateway = new GatewayClient(stack.gatewayUrl());
    }

    @Test
    @Order(1)
    void requestsWithoutAValidTokenAre401ProblemsAtTheGatewayAndAtEachService() throws Exception {
        String real = token("qs-county-admin");
        String[] parts = real.split("\\.");
        String unsigned = "eyJhbGciOiJub25lIn0." + parts[1] + ".";
        String tampered = parts[0] + "." + parts[1].substring(0, parts[1].length() - 4) + "AAAA." + parts[2];
        String otherIssuer = Tokens.masterRealmAdmin(stack.keycloakUrl());

        for (String bad : new String[] {null, unsigned, tampered, otherIssuer}) {
            var atGateway = gateway.get("/api/plan/programmes", bad);
            var atService = new GatewayClient("http://127.0.0.1:" + stack.port(Component.PLAN_SERVICE))
                    .get("/api/plan/programmes", bad);

            assertThat(atGateway.status()).as("gateway, token %s", bad).isEqualTo(401);
            assertThat(atGateway.isProblem()).isTrue();
            assertThat(atService.status()).as("plan-service, token %s", bad).isEqualTo(401);
            assertThat(atService.isProblem()).isTrue();
        }
        assertThat(gateway.get("/api/plan/programmes", real).status()).isEqualTo(200);
    }

    @Test
    @Order(2)
    void countyAdminPublishesAProgrammeAndSchedulesAModule() throws Exception {
        String admin = token("qs-county-admin");
        LocalDate today = LocalDate.now(SHANGHAI);
        var drafted = gateway.post("/api/plan/programmes", admin, """
                {"name":"端到端测试研修项目","periodStart":"%s","periodEnd":"%s","enrollmentCutoff":"%sT00:00:00+08:00"}""".formatted(
                        today.minusDays(1), today.plusDays(30), today.plusDays(2)));
        assertThat(drafted.status()).as(drafted.toString()).isEqualTo(201);
        programmeId = drafted.text("id");

        var published = gateway.post("/api/plan/programmes/" + programmeId + "/publish", admin, "");
        assertThat(published.status()).as(published.toString()).isEqualTo(200);

        dueAt = Instant.now().plus(CUTOFF_AHEAD).truncatedTo(ChronoUnit.SECONDS);
        String module = """
                {"programmeId":"%s","title":"队伍建设","prompt":"教师自我发展规划","maxPoints":20,
                 "opensAt":"%s","dueAt":"%s"}""".formatted(
                programmeId,
                Instant.now().minus(Duration.ofMinutes(1)).atZone(SHANGHAI).toOffsetDateTime(),
                dueAt.atZone(SHANGHAI).toOffsetDateTime());
        // assignment-service learns of the programme only from ProgrammePublished on Kafka.
        var scheduled =
                Eventually.reply(SYNC_PATIENCE, () -> gateway.post("/api/assignments/modules", admin, module), 201);
        moduleId = scheduled.text("id");
    }

    @Test
    @Order(3)
    void teacherSubmitsBeforeTheCutoffAndTheDashboardCountsItWithinASecond() throws Exception {
        String teacher = token("qs-teacher-liwen");
        String admin = token("qs-county-admin");
        // The first call to a service fetches Keycloak's keys; that is start-up cost, not event lag.
        assertThat(gateway.get("/api/scoring/dashboards/counties/qingshan", admin)
                        .status())
                .isEqualTo(200);
        String traceparent = TraceHeaders.newTraceparent();
        var receipt = gateway.postTraced(
                "/api/assignments/modules/" + moduleId + "/essays",
                teacher,
                "{\"text\":\"三年内成为学科骨干教师。\"}",
                traceparent);
        Instant received = Instant.now();
        assertThat(receipt.status()).as(receipt.toString()).isEqualTo(201);
        submissionId = receipt.text("submissionId");
        sha256 = receipt.text("sha256");
        assertThat(sha256).hasSize(64);

        var dashboard = Eventually.reply(
                Duration.ofSeconds(10),
                // this run's programme only: other classes' programmes of the county have their own rows
                () -> gateway.get("/api/scoring/dashboards/counties/qingshan?programmeId=" + programmeId, admin),
                200,
                reply -> submitted(reply, "qs-shiyan") == 1);
        Duration lag = Duration.between(received, Instant.now());

        System.out.println("event->dashboard lag (thin flow): " + lag.toMillis() + " ms");
        assertThat(dashboard.json().path("submittedByModule").path(moduleId).asInt())
                .isEqualTo(1);
        // one trace from the caller through the gateway, the service and its outbox to the event on Kafka
        assertThat(TraceHeaders.ofRecordMentioning(
                        stack.kafkaBootstrapServers(), SUBMISSIONS_TOPIC, submissionId, SYNC_PATIENCE))
                .as("EssaySubmitted's traceparent")
                .hasValueSatisfying(header ->
                        assertThat(TraceHeaders.traceId(header)).isEqualTo(TraceHeaders.traceId(traceparent)));
        assertThat(lag).isLessThanOrEqualTo(DASHBOARD_LAG_BUDGET);
    }

    @Test
    @Order(4)
    void teacherIsRefusedOneMillisecondAfterTheCutoffWithAChineseProblem() throws Exception {
        String teacher = token("qs-teacher-wangfang");
        long wait = Duration.between(Instant.now(), dueAt.plusMillis(1)).toMillis();
        if (wait > 0) {
            Thread.sleep(wait); // the server's real clock must pass the cutoff; nothing to move here
        }

        var late = gateway.post("/api/assignments/modules/" + moduleId + "/essays", teacher, "{\"text\":\"迟交的作业\"}");

        assertThat(late.status()).as(late.toString()).isEqualTo(422);
        assertThat(late.isProblem()).isTrue();
        assertThat(late.text("type")).isEqualTo("urn:wangben:problem:deadline-passed");
        assertThat(late.text("detail")).contains("逾期提交不予接收");
    }

    @Test
    @Order(5)
    void anotherCountyCannotSeeThisCountysData() throws Exception {
        String other = token("ys-county-admin");

        var programme = gateway.get("/api/plan/programmes/" + programmeId, other);
        var dashboard = gateway.get("/api/scoring/dashboards/counties/qingshan", other);
        var receipt = gateway.get("/api/assignments/submissions/" + submissionId, token("ys-teacher-hexin"));

        assertThat(programme.status()).isEqualTo(404);
        assertThat(programme.isProblem()).isTrue();
        assertThat(dashboard.status()).isEqualTo(403);
        assertThat(receipt.status()).isEqualTo(404);
    }

    @Test
    @Order(6)
    void badInputAndUnknownIdsAreProblemsWithClearMessages() throws Exception {
        String admin = token("qs-county-admin");

        var invalid = gateway.post("/api/plan/programmes", admin, "{\"name\":\"\"}");
        var unknown = gateway.get("/api/plan/programmes/no-such-programme", admin);

        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.isProblem()).isTrue();
        assertThat(invalid.text("detail")).startsWith("请求数据校验未通过");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.text("detail")).contains("未找到研修项目");
    }

    @Test
    @Order(7)
    void everyServiceExposesHealthAndTaggedPrometheusMetrics() throws Exception {
        StringBuilder scrapes = new StringBuilder();
        for (Component service : List.of(
                Component.PLAN_SERVICE, Component.ASSIGNMENT_SERVICE, Component.SCORING_SERVICE, Component.GATEWAY)) {
            var direct = new GatewayClient("http://127.0.0.1:" + stack.port(service));

            var health = direct.get("/actuator/health", null);
            var metrics = direct.get("/actuator/prometheus", null);

            assertThat(health.status()).as(service.id()).isEqualTo(200);
            assertThat(metrics.status()).as(service.id()).isEqualTo(200);
            assertThat(metrics.raw()).contains("application=\"" + service.id() + "\"");
            scrapes.append(metrics.raw()).append('\n');
        }
        // what the production alerts and dashboard read must exist under these names (after this flow's traffic)
        for (String series : ObservabilityAssets.referencedMetrics(DevstackOptions.findRoot())) {
            if (!ObservabilityAssets.APPEAR_ON_FIRST_OCCURRENCE.contains(series)) {
                assertThat(ObservabilityAssets.exposes(scrapes.toString(), series))
                        .as("a service exposes " + series)
                        .isTrue();
            }
        }
    }

    @Test
    @Order(8)
    void restartingThePlatformKeepsTheProgrammeAndTheSubmission() throws Exception {
        stack = SharedPlatform.restart();
        gateway = new GatewayClient(stack.gatewayUrl());

        var programme = gateway.get("/api/plan/programmes/" + programmeId, token("qs-county-admin"));
        var receipt = gateway.get(
                "/api/assignments/submissions/" + submissionId + "/verification", token("qs-teacher-liwen"));

        assertThat(programme.status()).as(programme.toString()).isEqualTo(200);
        assertThat(programme.text("status")).isEqualTo("PUBLISHED");
        assertThat(receipt.status()).as(receipt.toString()).isEqualTo(200);
        assertThat(receipt.text("sha256")).isEqualTo(sha256);
        assertThat(receipt.json().path("contentIntact").asBoolean()).isTrue();
    }

    private static int submitted(GatewayClient.Reply dashboard, String school) {
        for (var row : dashboard.json().path("schools")) {
            if (school.equals(row.path("schoolId").asString())) {
                return row.path("submittedByModule").path(moduleId).asInt();
            }
        }
        return 0;
    }

    private static String token(String username) {
        return stack.passwordGrantToken(username, PASSWORD);
    }
}
