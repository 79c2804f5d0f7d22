package cn.wangben.assignment.grading;

import static cn.wangben.assignment.grading.GradingScenario.COUNTY;
import static cn.wangben.assignment.grading.GradingScenario.DUE;
import static cn.wangben.assignment.grading.GradingScenario.DURING;
import static cn.wangben.assignment.grading.GradingScenario.base;
import static cn.wangben.assignment.grading.GradingScenario.grader;
import static cn.wangben.assignment.grading.GradingScenario.json;
import static cn.wangben.testinfra.TestTokens.countyAdmin;
import static cn.wangben.testinfra.TestTokens.teacher;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import cn.wangben.assignment.AssignmentIT;
import cn.wangben.contracts.EventCatalog;
import cn.wangben.contracts.assignment.EssayMissed;
import cn.wangben.contracts.assignment.EssaySubmitted;
import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.EventId;
import cn.wangben.contracts.ids.ModuleId;
import cn.wangben.contracts.ids.ProgrammeId;
import cn.wangben.contracts.ids.SchoolId;
import cn.wangben.contracts.ids.TeacherId;
import cn.wangben.testinfra.EventFixtures;
import cn.wangben.testinfra.MutableClock;
import cn.wangben.testinfra.TestTokens;
import java.time.Instant;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

@AssignmentIT
class GradingIT {
    static final String ESSAY = "我的三年发展规划：第一年站稳讲台，第二年形成风格，第三年成为骨干教师。";

    @Autowired
    MockMvc mvc;

    @Autowired
    MutableClock clock;

    @Autowired
    EventFixtures events;

    @Autowired
    MongoTemplate mongo;

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    GradingScenario scenario;
    String moduleId;

    @BeforeEach
    void scheduleModule() throws Exception {
        clock.set(Instant.parse("2026-12-01T00:00:00Z"));
        scenario = new GradingScenario(mvc, events, bootstrapServers);
        moduleId = scenario.scheduleModule();
        clock.set(DURING);
    }

    @Test
    void gradersSeeOnlyWhatTheCountyAllocatedToThemAndOtherCountiesSeeNothing() throws Exception {
        scenario.submit(moduleId, "t-a1", "qs-shiyan", ESSAY);
        scenario.submit(moduleId, "t-a2", "qs-shiyan", GradingScenario.honestEssay(2));
        scenario.submit(moduleId, "t-b1", "qs-dongfang", GradingScenario.honestEssay(3));
        scenario.awaitQueue(moduleId, "", q -> q.get("items").size() == 3);

        allocate("grader-wang", "{\"schoolIds\":[\"qs-shiyan\"]}").andExpect(200);
        allocate("grader-li", "{\"moduleIds\":[\"" + moduleId + "\"]}").andExpect(200);

        assertThat(teachersOf(scenario.queue(moduleId, grader("grader-wang"), "")))
                .containsExactly("t-a1", "t-a2");
        assertThat(teachersOf(scenario.queue(moduleId, grader("grader-li"), "")))
                .containsExactly("t-a1", "t-a2", "t-b1");
        status(get(base(moduleId) + "/queue?schoolId=qs-dongfang").with(grader("grader-wang")))
                .andExpect(403);
        status(get(base(moduleId) + "/items/t-b1").with(grader("grader-wang"))).andExpect(403);
        status(get(base(moduleId) + "/queue").with(grader("grader-zhao"))).andExpect(403);
        status(get(base(moduleId) + "/queue").with(teacher("t-a1", COUNTY, "qs-shiyan")))
                .andExpect(403);
        status(get(base(moduleId) + "/queue").with(countyAdmin("yunshui"))).andExpect(404);
        status(get(base(moduleId) + "/items/t-a1").with(TestTokens.token("g-ys", "yunshui", null, "COUNTY_GRADER")))
                .andExpect(404);
        assertThat(json(scenario.call(
                                get("/api/assignments/grading/allocations/mine").with(grader("grader-wang"))))
                        .get("schoolIds")
                        .get(0)
                        .asString())
                .isEqualTo("qs-shiyan");
    }

    @Test
    void theQueuePagesStablyAndFiltersBySchoolAndStatus() throws Exception {
        for (int i = 1; i <= 5; i++) {
            scenario.submit(moduleId, "t-p" + i, i <= 3 ? "qs-shiyan" : "qs-dongfang", GradingScenario.honestEssay(i));
        }
        scenario.awaitQueue(moduleId, "", q -> q.get("items").size() == 5);

        JsonNode first = scenario.queue(moduleId, countyAdmin(COUNTY), "size=2");
        JsonNode second = scenario.queue(
                moduleId,
                countyAdmin(COUNTY),
                "size=2&after=" + first.get("next").asString());
        JsonNode last = scenario.queue(
                moduleId,
                countyAdmin(COUNTY),
                "size=2&after=" + second.get("next").asString());

        assertThat(teachersOf(first)).containsExactly("t-p1", "t-p2");
        assertThat(teachersOf(second)).containsExactly("t-p3", "t-p4");
        assertThat(teachersOf(last)).containsExactly("t-p5");
        assertThat(last.get("next").isNull()).isTrue();
        assertThat(teachersOf(scenario.queue(moduleId, countyAdmin(COUNTY), "schoolId=qs-dongfang&status=ungraded")))
                .containsExactly("t-p4", "t-p5");
        assertThat(first.get("items").get(0).get("characters").asInt()).isPositive();
        status(get(base(moduleId) + "/queue?size=101").with(countyAdmin(COUNTY)))
                .andExpect(422, "size");
        status(get(base(moduleId) + "/queue?status=done").with(countyAdmin(COUNTY)))
                .andExpect(422, "status");
        status(get(base(moduleId) + "/queue?flagged=maybe").with(countyAdmin(COUNTY)))
                .andExpect(422, "flagged");
        status(get(base(moduleId) + "/queue?after=a:b").with(countyAdmin(COUNTY)))
                .andExpect(422, "after");
    }

    @Test
    void gradesAreAuditedAndPublishedAndTeachersSeeThemOnlyAfterRelease() throws Exception {
        String submission = scenario.submit(moduleId, "t-liwen", "qs-shiyan", ESSAY);
        scenario.awaitQueue(moduleId, "", q -> q.get("items").size() == 1);
        allocate("grader-li", "{\"moduleIds\":[\"" + moduleId + "\"]}").andExpect(200);

        JsonNode next = json(scenario.call(get(base(moduleId) + "/queue/next").with(grader("grader-li"))));
        assertThat(next.get("text").asString()).isEqualTo(ESSAY);
        assertThat(next.get("bands").get(1).get("max").decimalValue()).isEqualByComparingTo("17.9");
        assertThat(scenario.grade(moduleId, "t-liwen", grader("grader-li"), submission, "良好", "15.5")
                        .getStatus())
                .isEqualTo(200);
        status(get(base(moduleId) + "/my-grade").with(teacher("t-liwen", COUNTY, "qs-shiyan")))
                .andExpect(404, null, "urn:wangben:problem:grades-not-released");

        status(post(base(moduleId) + "/release").with(countyAdmin(COUNTY))).andExpect(422);
        clock.set(DUE.plusSeconds(3600));
        status(post(base(moduleId) + "/release").with(grader("grader-li"))).andExpect(403);
        status(post(base(moduleId) + "/release").with(countyAdmin(COUNTY))).andExpect(200);
        status(post(base(moduleId) + "/release").with(countyAdmin(COUNTY))).andExpect(409);

        JsonNode mine =
                json(scenario.call(get(base(moduleId) + "/my-grade").with(teacher("t-liwen", COUNTY, "qs-shiyan"))));
        assertThat(mine.get("band").asString()).isEqualTo("良好");
        assertThat(mine.get("score").decimalValue()).isEqualByComparingTo("15.5");
        assertThat(mine.has("nearCopy") || mine.has("flagged") || mine.has("nearCopies"))
                .isFalse();

        // an edit after release still reaches scoring, as the next revision
        assertThat(scenario.grade(moduleId, "t-liwen", grader("grader-li"), submission, "优秀", "18.0")
                        .getStatus())
                .isEqualTo(200);
        var published = scenario.gradeEvents(moduleId, 3);
        // grades are keyed by teacher, the release by module: ordered per key, not across them
        assertThat(published)
                .extracting(e -> e[0])
                .containsExactlyInAnyOrder("EssayGraded", "ModuleGradesReleased", "EssayGraded");
        var grades = published.stream().filter(e -> e[0].equals("EssayGraded")).toList();
        assertThat(grades.get(0)[1]).contains("\"revision\":1").contains("\"score\":15.5");
        assertThat(grades.get(1)[1])
                .contains("\"revision\":2")
                .contains("\"score\":18.0")
                .contains(submission)
                .contains("\"by\":\"grader-li\"");
        JsonNode item =
                json(scenario.call(get(base(moduleId) + "/items/t-liwen").with(countyAdmin(COUNTY))));
        assertThat(item.get("history")).hasSize(2);
        assertThat(item.get("history").get(1).get("before").get("band").asString())
                .isEqualTo("良好");
        assertThat(item.get("history").get(1).get("by").asString()).isEqualTo("grader-li");
        assertThat(item.get("history").get(1).get("afterRelease").asBoolean()).isTrue();
        assertThat(json(scenario.call(get(base(moduleId) + "/my-grade").with(teacher("t-liwen", COUNTY, "qs-shiyan"))))
                        .get("score")
                        .decimalValue())
                .isEqualByComparingTo("18.0");
    }

    @Test
    void invalidGradesAreProblemsNamingEachFieldAndNothingIsStored() throws Exception {
        String submission = scenario.submit(moduleId, "t-chen", "qs-shiyan", ESSAY);
        scenario.awaitQueue(moduleId, "", q -> q.get("items").size() == 1);
        String body = "{\"submissionId\":\"%s\",\"band\":\"良好\",\"score\":18.25,\"comment\":\"%s\"}"
                .formatted(submission, "好".repeat(2001));

        var response = scenario.call(put(base(moduleId) + "/items/t-chen/grade")
                .with(countyAdmin(COUNTY))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));

        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(response.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        JsonNode problem = json(response);
        assertThat(problem.get("errors").findValuesAsString("field")).containsExactly("score", "comment");
        assertThat(problem.get("detail").asString()).contains("分数最多保留一位小数");
        assertThat(json(scenario.call(get(base(moduleId) + "/items/t-chen").with(countyAdmin(COUNTY))))
                        .get("item")
                        .get("status")
                        .asString())
                .isEqualTo("UNGRADED");
        assertThat(scenario.grade(moduleId, "t-chen", countyAdmin(COUNTY), submission, "及格", "15")
                        .getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
                .contains("评分档次「及格」不存在");
        assertThat(scenario.grade(moduleId, "t-chen", countyAdmin(COUNTY), "not-the-latest", "良好", "15")
                        .getStatus())
                .isEqualTo(409);
    }

    @Test
    void aLaterAttemptWinsWhateverOrderTheEventsArriveInAndAMissedEssayScoresZero() throws Exception {
        var second = submitted("t-luan", "s-luan-2", 2);
        var first = submitted("t-luan", "s-luan-1", 1);
        events.publish(EventCatalog.ESSAY_SUBMITTED, second);
        events.publish(EventCatalog.ESSAY_SUBMITTED, first);
        events.publish(EventCatalog.ESSAY_SUBMITTED, second); // redelivered
        events.publish(
                EventCatalog.ESSAY_MISSED,
                new EssayMissed(
                        EventId.random(),
                        CountyId.of(COUNTY),
                        DUE,
                        ModuleId.of(moduleId),
                        programme(),
                        TeacherId.of("t-que"),
                        SchoolId.of("qs-shiyan"),
                        DUE));
        scenario.awaitQueue(moduleId, "", q -> q.get("items").size() == 2);
        GradingScenario.await(() -> mongo.getCollection("processed_events")
                        .countDocuments(new Document("eventId", first.eventId().value()))
                == 1);

        JsonNode luan = json(scenario.call(get(base(moduleId) + "/items/t-luan").with(countyAdmin(COUNTY))));
        assertThat(luan.get("item").get("submissionId").asString()).isEqualTo("s-luan-2");
        assertThat(luan.get("item").get("attempt").asInt()).isEqualTo(2);
        assertThat(teachersOf(scenario.queue(moduleId, countyAdmin(COUNTY), "status=missing")))
                .containsExactly("t-que");
        status(put(base(moduleId) + "/items/t-que/grade")
                        .with(countyAdmin(COUNTY))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"submissionId\":\"s-x\",\"band\":\"良好\",\"score\":15}"))
                .andExpect(422, null, "urn:wangben:problem:essay-missing");

        assertThat(scenario.grade(moduleId, "t-luan", countyAdmin(COUNTY), "s-luan-2", "良好", "16.0")
                        .getStatus())
                .isEqualTo(200);
        events.publish(EventCatalog.ESSAY_SUBMITTED, submitted("t-luan", "s-luan-3", 3));
        JsonNode third = scenario.awaitQueue(
                moduleId, "status=ungraded", q -> teachersOf(q).contains("t-luan"));

        JsonNode row = third.get("items").get(0);
        assertThat(row.get("submissionId").asString()).isEqualTo("s-luan-3");
        assertThat(row.get("revision").asInt()).isEqualTo(1);
        JsonNode history = json(scenario.call(
                        get(base(moduleId) + "/items/t-luan").with(countyAdmin(COUNTY))))
                .get("history");
        assertThat(history.get(1).get("kind").asString()).isEqualTo("SUPERSEDED");
        assertThat(history.get(1).get("before").get("score").decimalValue()).isEqualByComparingTo("16.0");
    }

    private EssaySubmitted submitted(String teacher, String submission, int attempt) throws Exception {
        return scenario.submitted(moduleId, teacher, submission, attempt);
    }

    private ProgrammeId programme() throws Exception {
        return scenario.programmeOf(moduleId);
    }

    private ResponseExpectation allocate(String grader, String body) {
        return scenario.expect(put("/api/assignments/grading/allocations/" + grader)
                .with(countyAdmin(COUNTY))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    private ResponseExpectation status(org.springframework.test.web.servlet.RequestBuilder request) {
        return scenario.expect(request);
    }

    static java.util.List<String> teachersOf(JsonNode page) {
        return GradingScenario.teachersOf(page);
    }
}
