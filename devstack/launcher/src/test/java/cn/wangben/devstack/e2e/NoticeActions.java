package cn.wangben.devstack.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wangben.devstack.e2e.NoticeTerm.Module;
import java.time.Duration;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;

/** The scenario's repeated moves, each through the gateway with the actor's own token. */
final class NoticeActions {
    /** Events cross Kafka to another service; generous for a busy 2-core machine, never a sleep. */
    static final Duration SYNC = Duration.ofSeconds(60);
    /** Polls stay well inside the gateway's per-user rate (5/s). */
    static final Duration POLL = Duration.ofMillis(300);
    /** Scores exactly as the services wrote them: decimals are never read as doubles. */
    private static final JsonMapper EXACT = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    final NoticeCounty county;
    final GatewayClient gateway;
    final String programme;
    final Map<Module, String> modules = new EnumMap<>(Module.class);
    /** module → teacher name → the accepted essay's submission id */
    final Map<Module, Map<String, String>> essays = new EnumMap<>(Module.class);
    /** teacher name → username */
    final Map<String, String> usernames = new HashMap<>();

    NoticeActions(NoticeCounty county, GatewayClient gateway, String programme) {
        this.county = county;
        this.gateway = gateway;
        this.programme = programme;
    }

    String teacherToken(String name) {
        return county.token(usernames.get(name));
    }

    /** The first essay of a teacher waits for assignment-service to know them as a trainee (TeacherEnrolled). */
    void submit(Module module, String teacher, String text) throws Exception {
        String body = "{\"text\":\"" + text + "\"}";
        var receipt = Eventually.reply(
                SYNC,
                POLL,
                () -> gateway.post(
                        "/api/assignments/modules/" + modules.get(module) + "/essays", teacherToken(teacher), body),
                201,
                reply -> true);
        assertThat(receipt.text("sha256")).hasSize(64);
        essays.computeIfAbsent(module, m -> new HashMap<>()).put(teacher, receipt.text("submissionId"));
    }

    GatewayClient.Reply submitOnce(Module module, String teacher, String text) throws Exception {
        return gateway.post(
                "/api/assignments/modules/" + modules.get(module) + "/essays",
                teacherToken(teacher),
                "{\"text\":\"" + text + "\"}");
    }

    /** The grader grades the essay as soon as grading has taken it from Kafka. */
    void grade(Module module, String teacher, String band, String score) throws Exception {
        String path = "/api/assignments/grading/modules/" + modules.get(module) + "/items/"
                + county.subject(usernames.get(teacher)) + "/grade";
        String body = "{\"submissionId\":\"%s\",\"band\":\"%s\",\"score\":%s,\"comment\":\"结构完整，联系实际。\"}"
                .formatted(essays.get(module).get(teacher), band, score);
        var graded = Eventually.reply(
                SYNC, POLL, () -> gateway.put(path, county.token(county.grader()), body), 200, reply -> true);
        assertThat(exact(graded).path("score").decimalValue()).isEqualByComparingTo(score);
    }

    /** Waits until the missing-essay job (it polls the moved clock) has marked exactly this many essays missing. */
    void awaitMissing(Module module, int missing) throws Exception {
        Eventually.reply(
                SYNC,
                POLL,
                () -> gateway.get(
                        "/api/assignments/grading/modules/" + modules.get(module) + "/summary",
                        county.token(county.admin())),
                200,
                reply -> reply.json().path("missing").asInt() == missing);
    }

    void release(Module module) throws Exception {
        var released = gateway.post(
                "/api/assignments/grading/modules/" + modules.get(module) + "/release",
                county.token(county.admin()),
                "");
        assertThat(released.status()).as(released.toString()).isEqualTo(200);
    }

    String scoring(String school) {
        return "/api/scoring/programmes/" + programme + "/schools/" + school;
    }

    /** The county's result list, parsed with exact decimals. */
    JsonNode results() throws Exception {
        var list = gateway.get("/api/scoring/programmes/" + programme + "/results", county.token(county.admin()));
        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        return exact(list);
    }

    /** The element of a JSON array whose {@code name} is this. */
    static JsonNode row(JsonNode rows, String name) {
        for (JsonNode row : rows) {
            if (name.equals(row.path("name").asString())) {
                return row;
            }
        }
        throw new AssertionError("no row for " + name + " in " + rows);
    }

    /** A one-decimal figure exactly as written, e.g. "60.0" (not 60, not 59.99999). */
    static String points(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isNull() || value.isMissingNode()
                ? null
                : value.decimalValue().toPlainString();
    }

    static JsonNode exact(GatewayClient.Reply reply) {
        return EXACT.readTree(reply.raw());
    }
}
