package cn.wangben.assignment.grading;

import static cn.wangben.testinfra.TestTokens.countyAdmin;
import static cn.wangben.testinfra.TestTokens.teacher;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import cn.wangben.assignment.similarity.SyntheticEssays;
import cn.wangben.contracts.Topics;
import cn.wangben.contracts.assignment.EssaySubmitted;
import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.EventId;
import cn.wangben.contracts.ids.ModuleId;
import cn.wangben.contracts.ids.ProgrammeId;
import cn.wangben.contracts.ids.SchoolId;
import cn.wangben.contracts.ids.SubmissionId;
import cn.wangben.contracts.ids.TeacherId;
import cn.wangben.platform.messaging.EventHeaders;
import cn.wangben.testinfra.EventFixtures;
import cn.wangben.testinfra.TestTokens;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The grading ITs' shared moves: a module of the 队伍建设 kind, essays through the real submission path, waiting. */
final class GradingScenario {
    static final String COUNTY = "qingshan";
    /** Inside the module's window (12-09 .. 12-15 24:00 Beijing time). */
    static final Instant DURING = Instant.parse("2026-12-10T02:00:00Z");
    /** 12-15 24:00 Beijing time. */
    static final Instant DUE = Instant.parse("2026-12-15T16:00:00Z");

    static final Duration PATIENCE = Duration.ofSeconds(20);
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final int HONEST_VOCABULARY = 2_000;
    static final int HONEST_SENTENCES = 5;
    private final MockMvc mvc;
    private final EventFixtures events;
    private final String bootstrapServers;

    /** A distinct honest essay of about 150 characters; the same n gives the same essay. */
    static String honestEssay(int n) {
        return new SyntheticEssays(n, HONEST_VOCABULARY).essay(HONEST_SENTENCES);
    }

    GradingScenario(MockMvc mvc, EventFixtures events, String bootstrapServers) {
        this.mvc = mvc;
        this.events = events;
        this.bootstrapServers = bootstrapServers;
    }

    /** Schedules a 20-point module and waits until grading has heard of it. */
    String scheduleModule() throws Exception {
        String programmeId = events.publishProgramme(COUNTY);
        String body = """
                {"programmeId":"%s","title":"队伍建设","prompt":"教师自我发展规划","maxPoints":20,
                 "opensAt":"2026-12-09T00:00:00+08:00","dueAt":"2026-12-16T00:00:00+08:00"}""".formatted(programmeId);
        String created = events.awaitCreated(() -> mvc.perform(post("/api/assignments/modules")
                .with(countyAdmin(COUNTY))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body)));
        String moduleId = JSON.readTree(created).get("id").asString();
        await(() ->
                call(get(base(moduleId) + "/summary").with(countyAdmin(COUNTY))).getStatus() == 200);
        return moduleId;
    }

    /** Submits through the teachers' API (stored in S3, EssaySubmitted via the outbox); returns the submission id. */
    String submit(String moduleId, String teacherId, String school, String text) throws Exception {
        var response = call(post("/api/assignments/modules/" + moduleId + "/essays")
                .with(teacher(teacherId, COUNTY, school))
                .contentType(MediaType.APPLICATION_JSON)
                .content(JSON.writeValueAsString(Map.of("text", text))));
        if (response.getStatus() != 201) {
            throw new AssertionError("essay not accepted: " + response.getContentAsString(StandardCharsets.UTF_8));
        }
        return json(response).get("submissionId").asString();
    }

    JsonNode queue(String moduleId, RequestPostProcessor who, String query) throws Exception {
        return json(call(get(base(moduleId) + "/queue?" + query).with(who)));
    }

    /** Waits until the admin's queue of the module satisfies the condition; returns that queue. */
    JsonNode awaitQueue(String moduleId, String query, Predicate<JsonNode> condition) throws Exception {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        JsonNode last = null;
        while (System.nanoTime() < deadline) {
            last = queue(moduleId, countyAdmin(COUNTY), query);
            if (condition.test(last)) {
                return last;
            }
            Thread.sleep(100); // waiting on the consumer, not on the clock under test
        }
        throw new AssertionError("queue never became as expected; last: " + last);
    }

    MockHttpServletResponse grade(
            String moduleId, String teacherId, RequestPostProcessor who, String submissionId, String band, String score)
            throws Exception {
        String body = "{\"submissionId\":\"%s\",\"band\":\"%s\",\"score\":%s,\"comment\":\"规划具体，措施可行。\"}"
                .formatted(submissionId, band, score);
        return call(put(base(moduleId) + "/items/" + teacherId + "/grade")
                .with(who)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    /** The grade topic's records that mention the text, as type name → payload, once at least {@code expected}. */
    List<String[]> gradeEvents(String text, int expected) throws InterruptedException {
        var properties = Map.<String, Object>of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG,
                "grading-it-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class);
        List<String[]> found = new ArrayList<>();
        try (var consumer = new KafkaConsumer<String, String>(properties)) {
            consumer.subscribe(List.of(Topics.GRADES));
            long deadline = System.nanoTime() + PATIENCE.toNanos();
            while (System.nanoTime() < deadline && found.size() < expected) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
                    if (r.value().contains(text)) {
                        String type = new String(
                                r.headers().lastHeader(EventHeaders.EVENT_TYPE).value(), StandardCharsets.UTF_8);
                        found.add(new String[] {type, r.value()});
                    }
                }
            }
        }
        return found;
    }

    /** An EssaySubmitted as the submission path would publish it, for events out of order or redelivered. */
    EssaySubmitted submitted(String moduleId, String teacher, String submission, int attempt) throws Exception {
        return new EssaySubmitted(
                EventId.random(),
                CountyId.of(COUNTY),
                DURING,
                SubmissionId.of(submission),
                ModuleId.of(moduleId),
                programmeOf(moduleId),
                TeacherId.of(teacher),
                SchoolId.of("qs-shiyan"),
                DURING.plusSeconds(attempt),
                "sha",
                120,
                attempt);
    }

    ProgrammeId programmeOf(String moduleId) throws Exception {
        JsonNode module = json(call(get("/api/assignments/modules/" + moduleId).with(countyAdmin(COUNTY))));
        return ProgrammeId.of(module.get("programmeId").asString());
    }

    ResponseExpectation expect(org.springframework.test.web.servlet.RequestBuilder request) {
        return new ResponseExpectation(this, request);
    }

    static List<String> teachersOf(JsonNode page) {
        return page.get("items")
                .valueStream()
                .map(row -> row.get("teacherId").asString())
                .toList();
    }

    MockHttpServletResponse call(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }

    static JsonNode json(MockHttpServletResponse response) throws Exception {
        return JSON.readTree(response.getContentAsString(StandardCharsets.UTF_8));
    }

    static RequestPostProcessor grader(String username) {
        return TestTokens.token(username, COUNTY, null, "COUNTY_GRADER");
    }

    static String base(String moduleId) {
        return "/api/assignments/grading/modules/" + moduleId;
    }

    static void await(ThrowingCondition condition) throws Exception {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.holds()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met in time");
            }
            Thread.sleep(100); // waiting on another component's event
        }
    }

    @FunctionalInterface
    interface ThrowingCondition {
        boolean holds() throws Exception;
    }
}
