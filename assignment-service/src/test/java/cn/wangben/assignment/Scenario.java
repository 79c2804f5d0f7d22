package cn.wangben.assignment;

import static cn.wangben.testinfra.TestTokens.countyAdmin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.wangben.contracts.EventCatalog;
import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.EventId;
import cn.wangben.contracts.ids.ProgrammeId;
import cn.wangben.contracts.ids.SchoolId;
import cn.wangben.contracts.ids.TeacherId;
import cn.wangben.contracts.plan.TeacherEnrolled;
import cn.wangben.contracts.plan.TeacherExempted;
import cn.wangben.testinfra.EventFixtures;
import cn.wangben.testinfra.MutableClock;
import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The county's side of a test: a published programme with one module, and trainees reported by plan-service. */
public class Scenario {
    public static final String COUNTY = "qingshan";
    /** 队伍建设 opens 12-09 00:00 and is due 12-15 24:00, Beijing time. */
    public static final Instant OPENS = Instant.parse("2026-12-08T16:00:00Z");

    public static final Instant DUE = Instant.parse("2026-12-15T16:00:00Z");
    private static final Duration PATIENCE = Duration.ofSeconds(20);
    private final MockMvc mvc;
    private final EventFixtures events;
    private final MongoTemplate mongo;
    private final MutableClock clock;

    public Scenario(MockMvc mvc, EventFixtures events, MongoTemplate mongo, MutableClock clock) {
        this.mvc = mvc;
        this.events = events;
        this.mongo = mongo;
        this.clock = clock;
    }

    public record Module(String id, String programmeId) {}

    /** A fresh programme and module; the clock is left before the module opens. */
    public Module module() throws Exception {
        clock.set(Instant.parse("2026-12-01T00:00:00Z"));
        String programmeId = events.publishProgramme(COUNTY);
        String body = """
                {"programmeId":"%s","title":"队伍建设","prompt":"教师自我发展规划","maxPoints":20,
                 "opensAt":"2026-12-09T00:00:00+08:00","dueAt":"2026-12-16T00:00:00+08:00"}""".formatted(programmeId);
        String created = events.awaitCreated(() -> mvc.perform(post("/api/assignments/modules")
                .with(countyAdmin(COUNTY))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body)));
        return new Module(JsonPath.read(created, "$.id"), programmeId);
    }

    /** plan-service reports the teacher enrolled (roster key {@code key-<teacher>}); waits until this service knows. */
    public void enroll(Module module, String school, String teacher) throws Exception {
        events.publish(
                EventCatalog.TEACHER_ENROLLED,
                new TeacherEnrolled(
                        EventId.random(),
                        CountyId.of(COUNTY),
                        Instant.parse("2026-12-08T08:00:00Z"),
                        ProgrammeId.of(module.programmeId()),
                        SchoolId.of(school),
                        "key-" + teacher,
                        TeacherId.of(teacher),
                        "self"));
        await(() -> trainee(module, teacher) != null && trainee(module, teacher).getString("teacherId") != null);
    }

    public void exempt(Module module, String school, String teacher) throws Exception {
        events.publish(
                EventCatalog.TEACHER_EXEMPTED,
                new TeacherExempted(
                        EventId.random(),
                        CountyId.of(COUNTY),
                        Instant.parse("2026-12-08T09:00:00Z"),
                        ProgrammeId.of(module.programmeId()),
                        SchoolId.of(school),
                        "key-" + teacher,
                        "国培送教",
                        "国培计划送教下乡名单",
                        "admin-" + COUNTY));
        await(() -> trainee(module, teacher) != null
                && Boolean.TRUE.equals(trainee(module, teacher).getBoolean("exempt")));
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private Document trainee(Module module, String teacher) {
        return mongo.getCollection("trainees")
                .find(new Document("_id", module.programmeId() + ":key-" + teacher))
                .first();
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("The trainee event was not applied in time");
            }
            Thread.sleep(50); // waiting on the Kafka listener, not on the clock under test
        }
    }
}
