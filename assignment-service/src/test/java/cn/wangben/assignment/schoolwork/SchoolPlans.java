package cn.wangben.assignment.schoolwork;

import static cn.wangben.testinfra.TestTokens.teacher;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.wangben.assignment.Scenario;
import cn.wangben.contracts.EventCatalog;
import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.EventId;
import cn.wangben.contracts.ids.ProgrammeId;
import cn.wangben.contracts.ids.SchoolId;
import cn.wangben.contracts.plan.PlannedAssignment;
import cn.wangben.contracts.plan.RubricSpec;
import cn.wangben.contracts.plan.SchoolPlanApproved;
import cn.wangben.testinfra.EventFixtures;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Plays plan-service approving school plans with their assignments, and waits until teachers see the result. */
final class SchoolPlans {
    /** 12-12 10:00 Beijing time. */
    static final Instant APPROVED = Instant.parse("2026-12-12T02:00:00Z");
    /** 读书笔记, due 12-20 24:00 Beijing time. */
    static final PlannedAssignment NOTES =
            new PlannedAssignment(1, "读书笔记", "读一本教育专著，写不少于1500字的读书笔记", LocalDate.of(2026, 12, 20));

    static final Instant NOTES_DUE = Instant.parse("2026-12-20T16:00:00Z");
    /** 听课评课记录, due 12-27 24:00 Beijing time. */
    static final PlannedAssignment REVIEW =
            new PlannedAssignment(2, "听课评课记录", "听课两节并写评课意见", LocalDate.of(2026, 12, 27));

    static final Duration PATIENCE = Duration.ofSeconds(20);
    static final JsonMapper JSON = JsonMapper.builder().build();
    private final MockMvc mvc;
    private final EventFixtures events;

    SchoolPlans(MockMvc mvc, EventFixtures events) {
        this.mvc = mvc;
        this.events = events;
    }

    /** Publishes the approval; returns its event id. */
    String approve(String programmeId, String school, Instant at, PlannedAssignment... assignments) throws Exception {
        EventId id = EventId.random();
        events.publish(
                EventCatalog.SCHOOL_PLAN_APPROVED,
                new SchoolPlanApproved(
                        id,
                        CountyId.of(Scenario.COUNTY),
                        at,
                        "plan-" + school,
                        ProgrammeId.of(programmeId),
                        SchoolId.of(school),
                        new RubricSpec(BigDecimal.valueOf(40), List.of()),
                        List.of(),
                        List.of(assignments),
                        "admin-" + Scenario.COUNTY));
        return id.value();
    }

    /** The programme's module list as a teacher of the school sees it. */
    JsonNode modules(String programmeId, String teacherId, String school) throws Exception {
        var response = mvc.perform(get("/api/assignments/modules?programmeId=" + programmeId)
                        .with(teacher(teacherId, Scenario.COUNTY, school)))
                .andReturn()
                .getResponse();
        return JSON.readTree(response.getContentAsString(StandardCharsets.UTF_8));
    }

    /** Waits until the school's teachers see what the condition wants; returns their list. */
    JsonNode awaitModules(String programmeId, String school, Predicate<JsonNode> condition) throws Exception {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        JsonNode last = null;
        while (System.nanoTime() < deadline) {
            last = modules(programmeId, "t-watcher", school);
            if (last.isArray() && condition.test(last)) {
                return last;
            }
            Thread.sleep(100); // waiting on the Kafka listener, not on the clock under test
        }
        throw new AssertionError("the school's module list never became as expected; last: " + last);
    }

    static List<String> titles(JsonNode modules) {
        return modules.valueStream().map(m -> m.get("title").asString()).toList();
    }

    static String idOf(JsonNode modules, String title) {
        return modules.valueStream()
                .filter(m -> m.get("title").asString().equals(title))
                .map(m -> m.get("id").asString())
                .findFirst()
                .orElseThrow(() -> new AssertionError("no module titled " + title + " in " + modules));
    }
}
