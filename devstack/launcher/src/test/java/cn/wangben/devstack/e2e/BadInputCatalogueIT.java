package cn.wangben.devstack.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wangben.devstack.e2e.BadInputCatalogue.BadInput;
import cn.wangben.devstack.e2e.BadInputCatalogue.Caller;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Issue #8's bad-input catalogue on the real local platform: every row of {@link BadInputCatalogue} goes through the
 * gateway and must come back as problem+json with the row's status, its problem type and a Chinese detail; afterwards
 * nothing any row could have created or changed has moved.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BadInputCatalogueIT {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Duration SYNC = Duration.ofSeconds(30);
    private static final Pattern CJK = Pattern.compile("[\\u4e00-\\u9fff]");
    private static final int RATE_LIMIT_RETRIES = 20;

    private static GatewayClient gateway;
    private static cn.wangben.devstack.Devstack stack;
    private static final Map<String, String> fixture = new LinkedHashMap<>();
    private static Map<String, String> before;

    @BeforeAll
    static void buildFixture() throws Exception {
        stack = SharedPlatform.get();
        gateway = new GatewayClient(stack.gatewayUrl());
        LocalDate today = LocalDate.now(SHANGHAI);
        fixture.put("start", today.minusDays(3).toString());
        fixture.put("end", today.plusDays(60).toString());
        fixture.put("cutoff", today.plusDays(5) + "T00:00:00+08:00");
        fixture.put(
                "opens",
                Instant.now()
                        .minusSeconds(60)
                        .atZone(SHANGHAI)
                        .toOffsetDateTime()
                        .toString());
        fixture.put("due", today.plusDays(10) + "T00:00:00+08:00");

        String admin = token(Caller.COUNTY_ADMIN);
        // the county and school rows need 青山县 and its 实验小学; another class may have registered them (409)
        gateway.post("/api/identity/counties", token(Caller.PLATFORM_ADMIN), "{\"id\":\"qingshan\",\"name\":\"青山县\"}");
        var school = gateway.post(BadInputCatalogue.SCHOOLS, admin, """
                {"id":"qs-shiyan","code":"3607010001","name":"青山县实验小学","stage":"小学"}""");
        assertThat(school.status()).as(school.toString()).isIn(201, 409);

        var programme = gateway.post("/api/plan/programmes", admin, fill("""
                {"name":"坏输入目录测试项目","periodStart":"{start}","periodEnd":"{end}","enrollmentCutoff":"{cutoff}"}"""));
        assertThat(programme.status()).as(programme.toString()).isEqualTo(201);
        fixture.put("programme", programme.text("id"));
        var published = gateway.post("/api/plan/programmes/" + fixture.get("programme") + "/publish", admin, "");
        assertThat(published.status()).as(published.toString()).isEqualTo(200);

        var module = Eventually.reply(SYNC, () -> gateway.post(BadInputCatalogue.MODULES, admin, fill("""
                        {"programmeId":"{programme}","title":"信息技术","prompt":"信息技术与学科融合心得","maxPoints":20,
                         "opensAt":"{opens}","dueAt":"{due}"}""")), 201);
        fixture.put("module", module.text("id"));

        var receipt = gateway.post(fill(BadInputCatalogue.ESSAYS), token(Caller.TEACHER), "{\"text\":\"信息技术让课堂更生动。\"}");
        assertThat(receipt.status()).as(receipt.toString()).isEqualTo(201);
        fixture.put("submission", receipt.text("submissionId"));
        fixture.put("teacher", subject(token(Caller.TEACHER)));
        // the grading item appears once assignment-service's own consumer has read EssaySubmitted
        Eventually.reply(SYNC, () -> gateway.get(fill(itemPath()), admin), 200);
        before = state();
    }

    @TestFactory
    @Order(1)
    Stream<DynamicTest> eachHostileInputIsAProblemWithTheRightStatusTypeAndAChineseDetail() {
        return BadInputCatalogue.rows().stream().map(row -> DynamicTest.dynamicTest(row.name(), () -> check(row)));
    }

    @Test
    @Order(2)
    void theCatalogueHasAtLeastFortyRowsCoveringEveryServiceAndTheGateway() {
        List<BadInput> rows = BadInputCatalogue.rows();

        assertThat(rows).hasSizeGreaterThanOrEqualTo(40);
        assertThat(rows).extracting(BadInput::name).doesNotHaveDuplicates();
        for (String prefix : List.of("/api/plan/", "/api/assignments/", "/api/identity/", "/api/scoring/")) {
            assertThat(rows).anyMatch(row -> row.path().startsWith(prefix));
        }
        assertThat(rows).anyMatch(row -> "payload-too-large".equals(row.code()));
    }

    @Test
    @Order(3)
    void noHostileInputLeftAProgrammeModuleEssayGradeExtensionExemptionSchoolOrRosterBehind() throws Exception {
        assertThat(state()).isEqualTo(before);
    }

    @Test
    @Order(4)
    void unknownFieldsAreIgnoredAndCannotSetServerOwnedState() throws Exception {
        var created = gateway.post("/api/plan/programmes", token(Caller.COUNTY_ADMIN), fill("""
                {"name":"未知字段测试项目","periodStart":"{start}","periodEnd":"{end}","enrollmentCutoff":"{cutoff}",
                 "id":"chosen-by-caller","status":"PUBLISHED","countyId":"yunshui"}"""));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.text("id")).isNotEqualTo("chosen-by-caller");
        assertThat(created.text("status")).isEqualTo("DRAFT");
    }

    private static void check(BadInput row) throws Exception {
        byte[] body = row.template() == null ? null : fill(row.template()).getBytes(StandardCharsets.UTF_8);
        GatewayClient.Reply reply = send(row, body);

        assertThat(reply.status()).as("status of %s: %s", row.name(), reply).isEqualTo(row.status());
        assertThat(reply.isProblem())
                .as("problem+json for %s: %s", row.name(), reply)
                .isTrue();
        if (row.code() != null) {
            assertThat(reply.text("type")).as(reply.toString()).isEqualTo("urn:wangben:problem:" + row.code());
        }
        assertThat(reply.text("detail")).as("Chinese detail: %s", reply).containsPattern(CJK);
    }

    /** The per-user rate limit is not what these rows test: a 429 waits and sends the row again. */
    private static GatewayClient.Reply send(BadInput row, byte[] body) throws Exception {
        GatewayClient.Reply reply = null;
        for (int attempt = 0; attempt < RATE_LIMIT_RETRIES; attempt++) {
            reply = gateway.raw(row.method(), fill(row.path()), token(row.caller()), row.contentType(), body);
            if (reply.status() != 429) {
                return reply;
            }
            Thread.sleep(500);
        }
        return reply;
    }

    /** What any row could have created or changed, read through the API. */
    private static Map<String, String> state() throws Exception {
        String admin = token(Caller.COUNTY_ADMIN);
        Map<String, String> state = new LinkedHashMap<>();
        state.put(
                "programmes",
                String.valueOf(read("/api/plan/programmes", admin).json().size()));
        state.put(
                "modules",
                read(fill("/api/assignments/modules?programmeId={programme}"), admin)
                        .raw());
        state.put(
                "essays",
                read(fill(BadInputCatalogue.MODULES + "/{module}/submissions/mine"), token(Caller.TEACHER))
                        .raw());
        state.put("grade", read(fill(itemPath()), admin).json().path("grade").toString());
        state.put("extensions", read(fill(BadInputCatalogue.EXTENSIONS), admin).raw());
        state.put("exemptions", read(fill(BadInputCatalogue.EXEMPTIONS), admin).raw());
        state.put("schools", read(BadInputCatalogue.SCHOOLS, admin).raw());
        state.put(
                "counties",
                read("/api/identity/counties", token(Caller.PLATFORM_ADMIN)).raw());
        var roster = read(fill(BadInputCatalogue.ROSTER), token(Caller.SCHOOL_ADMIN));
        state.put("roster", roster.status() + " " + roster.raw());
        return state;
    }

    /** A read of the state, waiting out the per-user rate limit the rows may have used up. */
    private static GatewayClient.Reply read(String path, String token) throws Exception {
        GatewayClient.Reply reply = null;
        for (int attempt = 0; attempt < RATE_LIMIT_RETRIES; attempt++) {
            reply = gateway.get(path, token);
            if (reply.status() != 429) {
                return reply;
            }
            Thread.sleep(500);
        }
        return reply;
    }

    private static String itemPath() {
        return "/api/assignments/grading/modules/{module}/items/{teacher}";
    }

    private static String fill(String template) {
        String filled = template;
        for (var entry : fixture.entrySet()) {
            filled = filled.replace("{" + entry.getKey() + "}", entry.getValue());
        }
        return filled;
    }

    private static String token(Caller caller) {
        return stack.passwordGrantToken(caller.username, ThinFlowIT.PASSWORD);
    }

    private static String subject(String token) {
        String payload =
                new String(java.util.Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
        return tools.jackson.databind.json.JsonMapper.builder()
                .build()
                .readTree(payload)
                .path("sub")
                .asString();
    }
}
