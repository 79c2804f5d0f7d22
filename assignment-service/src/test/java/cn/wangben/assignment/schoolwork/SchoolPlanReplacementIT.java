package cn.wangben.assignment.schoolwork;

import static cn.wangben.assignment.schoolwork.SchoolPlans.APPROVED;
import static cn.wangben.assignment.schoolwork.SchoolPlans.NOTES;
import static cn.wangben.assignment.schoolwork.SchoolPlans.NOTES_DUE;
import static cn.wangben.assignment.schoolwork.SchoolPlans.REVIEW;
import static cn.wangben.testinfra.TestTokens.countyAdmin;
import static cn.wangben.testinfra.TestTokens.teacher;
import static cn.wangben.testinfra.TestTokens.token;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.wangben.assignment.AssignmentIT;
import cn.wangben.assignment.Scenario;
import cn.wangben.assignment.missing.MissingEssaySweep;
import cn.wangben.contracts.Topics;
import cn.wangben.contracts.plan.PlannedAssignment;
import cn.wangben.platform.messaging.ProcessedEvents;
import cn.wangben.testinfra.EventFixtures;
import cn.wangben.testinfra.MutableClock;
import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** A later approval of the plan replaces the school's assignments; none of them reaches county grading or "missing". */
@AssignmentIT
class SchoolPlanReplacementIT {
    static final String CONSUMER = "assignment-service.school-plans";
    static final PlannedAssignment REFLECTION = new PlannedAssignment(3, "教学反思", "一篇教学反思", LocalDate.of(2026, 12, 29));

    @Autowired
    MockMvc mvc;

    @Autowired
    MutableClock clock;

    @Autowired
    EventFixtures events;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    MissingEssaySweep sweep;

    @Autowired
    ProcessedEvents processed;

    @Autowired
    Scenario scenario;

    SchoolPlans plans;
    String programmeId;
    String school;

    @BeforeEach
    void freshProgrammeAndSchool() throws Exception {
        plans = new SchoolPlans(mvc, events);
        clock.set(Instant.parse("2026-12-01T00:00:00Z"));
        school = Scenario.unique("qs-r");
        programmeId = events.publishProgramme(Scenario.COUNTY);
    }

    @Test
    void aLaterApprovalReplacesTheAssignmentsInPlaceAndALateOlderOneChangesNothing() throws Exception {
        plans.approve(programmeId, school, APPROVED, NOTES, REVIEW);
        var first = plans.awaitModules(programmeId, school, list -> list.size() == 2);
        String notes = SchoolPlans.idOf(first, "读书笔记");
        String review = SchoolPlans.idOf(first, "听课评课记录");
        var revisedNotes = new PlannedAssignment(1, "读书笔记（修订）", "两本专著", LocalDate.of(2026, 12, 22));
        Instant reapproved = APPROVED.plusSeconds(3 * 86_400);

        plans.approve(programmeId, school, reapproved, revisedNotes, REFLECTION);
        var second = plans.awaitModules(
                programmeId, school, list -> SchoolPlans.titles(list).equals(List.of("读书笔记（修订）", "教学反思")));

        assertThat(SchoolPlans.idOf(second, "读书笔记（修订）")).isEqualTo(notes);
        assertThat(second.get(0).get("dueAt").asString()).isEqualTo("2026-12-23T00:00:00+08:00");
        assertThat(second.get(0).get("opensAt").asString()).isEqualTo("2026-12-12T10:00:00+08:00");
        mvc.perform(get("/api/assignments/modules/" + review).with(teacher("t-r", Scenario.COUNTY, school)))
                .andExpect(status().isNotFound());

        String stale = plans.approve(programmeId, school, APPROVED, NOTES, REVIEW);
        awaitProcessed(stale);

        assertThat(SchoolPlans.titles(plans.modules(programmeId, "t-r", school)))
                .containsExactly("读书笔记（修订）", "教学反思");
    }

    @Test
    void essaysOfSchoolAssignmentsStayOutOfCountyGradingAndTheMissingEssaySweep() throws Exception {
        plans.approve(programmeId, school, APPROVED, NOTES, REVIEW);
        var seen = plans.awaitModules(programmeId, school, list -> list.size() == 2);
        String notes = SchoolPlans.idOf(seen, "读书笔记");
        String review = SchoolPlans.idOf(seen, "听课评课记录");
        String run = Scenario.unique("t-r");
        String absent = run + "-absent";
        scenario.enroll(new Scenario.Module(notes, programmeId), school, absent);
        clock.set(NOTES_DUE.minusSeconds(60));
        String body = mvc.perform(post("/api/assignments/modules/" + notes + "/essays")
                        .with(teacher(run + "-sub", Scenario.COUNTY, school))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\":\"读书笔记正文\"}"))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        String submissionId = JsonPath.read(body, "$.submissionId");

        sweep.sweep(Instant.parse("2026-12-29T00:00:00Z")); // past both cutoffs and the settle time

        // neither an EssaySubmitted (naming run-sub and the submission) nor an EssayMissed (naming run-absent)
        assertThat(events.countOn(Topics.SUBMISSIONS, run)).isZero();
        assertThat(mongo.getCollection("submissions").countDocuments(new Document("_id", submissionId)))
                .isEqualTo(1);
        for (String moduleId : List.of(notes, review)) {
            assertThat(mongo.getCollection("grading_modules").countDocuments(new Document("_id", moduleId)))
                    .isZero();
            assertThat(mongo.getCollection("grading_items").countDocuments(new Document("moduleId", moduleId)))
                    .isZero();
            assertThat(mongo.getCollection("teacher_cutoffs").countDocuments(new Document("moduleId", moduleId)))
                    .isZero();
            mvc.perform(get("/api/assignments/grading/modules/" + moduleId + "/queue")
                            .with(countyAdmin(Scenario.COUNTY)))
                    .andExpect(status().isNotFound());
            mvc.perform(get("/api/assignments/modules/" + moduleId)
                            .with(token("qs-grader", Scenario.COUNTY, null, "COUNTY_GRADER")))
                    .andExpect(status().isNotFound());
        }
        mvc.perform(post("/api/assignments/modules/" + notes + "/extensions")
                        .with(countyAdmin(Scenario.COUNTY))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"teacherId\":\"%s\",\"until\":\"2026-12-30T00:00:00+08:00\",\"reason\":\"病假\"}"
                                .formatted(absent)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("urn:wangben:problem:school-assignment"));
    }

    private void awaitProcessed(String eventId) throws InterruptedException {
        long deadline = System.nanoTime() + SchoolPlans.PATIENCE.toNanos();
        while (!processed.contains(CONSUMER, eventId)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the approval was not consumed in time");
            }
            Thread.sleep(100); // waiting on the Kafka listener, not on the clock under test
        }
    }
}
