package cn.wangben.assignment.schoolwork;

import static cn.wangben.assignment.schoolwork.SchoolPlans.APPROVED;
import static cn.wangben.assignment.schoolwork.SchoolPlans.NOTES;
import static cn.wangben.assignment.schoolwork.SchoolPlans.NOTES_DUE;
import static cn.wangben.assignment.schoolwork.SchoolPlans.REVIEW;
import static cn.wangben.testinfra.TestTokens.countyAdmin;
import static cn.wangben.testinfra.TestTokens.teacher;
import static cn.wangben.testinfra.TestTokens.token;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.wangben.assignment.AssignmentIT;
import cn.wangben.assignment.Scenario;
import cn.wangben.testinfra.EventFixtures;
import cn.wangben.testinfra.MutableClock;
import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** A school's assignments from its approved plan: its teachers submit as to a county module; no one else sees them. */
@AssignmentIT
class SchoolAssignmentIT {
    @Autowired
    MockMvc mvc;

    @Autowired
    MutableClock clock;

    @Autowired
    EventFixtures events;

    @Autowired
    MongoTemplate mongo;

    SchoolPlans plans;
    String programmeId;
    String schoolA;
    String schoolB;
    String notes;
    String review;

    @BeforeEach
    void approveSchoolAsPlan() throws Exception {
        plans = new SchoolPlans(mvc, events);
        clock.set(Instant.parse("2026-12-01T00:00:00Z"));
        schoolA = Scenario.unique("qs-a");
        schoolB = Scenario.unique("qs-b");
        programmeId = events.publishProgramme(Scenario.COUNTY);
        plans.approve(programmeId, schoolA, APPROVED, NOTES, REVIEW);
        var seen = plans.awaitModules(programmeId, schoolA, list -> list.size() == 2);
        notes = SchoolPlans.idOf(seen, "读书笔记");
        review = SchoolPlans.idOf(seen, "听课评课记录");
    }

    @Test
    void theSchoolsTeachersSeeBothAssignmentsWithTheirCutoffsAndNoCountyPoints() throws Exception {
        mvc.perform(get("/api/assignments/modules?programmeId=" + programmeId)
                        .with(teacher("t-a-list", Scenario.COUNTY, schoolA)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].id").value(notes))
                .andExpect(jsonPath("$[0].scope").value("SCHOOL"))
                .andExpect(jsonPath("$[0].schoolId").value(schoolA))
                .andExpect(jsonPath("$[0].prompt").value(NOTES.requirement()))
                .andExpect(jsonPath("$[0].maxPoints").value(0))
                .andExpect(jsonPath("$[0].opensAt").value("2026-12-12T10:00:00+08:00"))
                .andExpect(jsonPath("$[0].dueAt").value("2026-12-21T00:00:00+08:00"))
                .andExpect(jsonPath("$[1].id").value(review))
                .andExpect(jsonPath("$[1].dueAt").value("2026-12-28T00:00:00+08:00"));
    }

    @Test
    void anEssayIsAcceptedOneMillisecondBeforeTheCutoffAndRefusedAndRecordedOneAfterWithReceiptsAndHistory()
            throws Exception {
        String teacherId = Scenario.unique("t-a");
        clock.set(NOTES_DUE.minusSeconds(3600));
        text(teacherId, schoolA, "初稿：读《给教师的建议》笔记。").andExpect(status().isCreated());
        clock.set(NOTES_DUE.minusMillis(1));
        String receipt = file(teacherId, schoolA)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.attempt").value(2))
                .andExpect(jsonPath("$.format").value("DOCX"))
                .andExpect(jsonPath("$.receivedAt").value("2026-12-20T23:59:59.999+08:00"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        clock.set(NOTES_DUE.plusMillis(1));
        text(teacherId, schoolA, "迟到的修改")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("urn:wangben:problem:deadline-passed"))
                .andExpect(jsonPath("$.detail").value(containsString("2026年12月20日 24:00")));

        String submissionId = JsonPath.read(receipt, "$.submissionId");
        mvc.perform(get("/api/assignments/submissions/" + submissionId + "/verification")
                        .with(teacher(teacherId, Scenario.COUNTY, schoolA)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.contentIntact").value(true));
        mvc.perform(get("/api/assignments/modules/" + notes + "/submissions/mine")
                        .with(teacher(teacherId, Scenario.COUNTY, schoolA)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.cutoff").value("2026-12-21T00:00:00+08:00"))
                .andExpect(jsonPath("$.attempts.length()").value(2))
                .andExpect(jsonPath("$.attempts[1].receipt.submissionId").value(submissionId))
                .andExpect(jsonPath("$.attempts[1].counting").value(true))
                .andExpect(jsonPath("$.refused.length()").value(1))
                .andExpect(jsonPath("$.refused[0].at").value("2026-12-21T00:00:00.001+08:00"));
        assertThat(mongo.getCollection("refused_submissions").countDocuments(new Document("teacherId", teacherId)))
                .isEqualTo(1);
    }

    @Test
    void anotherSchoolsTeacherNeitherSeesNorReachesTheAssignments() throws Exception {
        String teacherId = Scenario.unique("t-b");
        clock.set(NOTES_DUE.minusSeconds(60));

        assertThat(plans.modules(programmeId, teacherId, schoolB).size()).isZero();
        mvc.perform(get("/api/assignments/modules/" + notes).with(teacher(teacherId, Scenario.COUNTY, schoolB)))
                .andExpect(status().isNotFound());
        text(teacherId, schoolB, "跨校提交").andExpect(status().isNotFound());
        file(teacherId, schoolB).andExpect(status().isNotFound());
        mvc.perform(get("/api/assignments/modules/" + notes + "/submissions/mine")
                        .with(teacher(teacherId, Scenario.COUNTY, schoolB)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/assignments/modules/" + notes + "/materials")
                        .with(teacher(teacherId, Scenario.COUNTY, schoolB)))
                .andExpect(status().isNotFound());
        assertThat(mongo.getCollection("refused_submissions").countDocuments(new Document("teacherId", teacherId)))
                .isZero();
    }

    @Test
    void theSchoolAdminListsEachTeachersLatestAttemptAndNoOneOutsideTheSchoolOrCountyAdminCan() throws Exception {
        String first = Scenario.unique("t-a1");
        String second = Scenario.unique("t-a2");
        clock.set(NOTES_DUE.minusSeconds(7200));
        text(first, schoolA, "第一稿").andExpect(status().isCreated());
        text(second, schoolA, "只交一次").andExpect(status().isCreated());
        clock.set(NOTES_DUE.minusSeconds(60));
        String latest = JsonPath.read(
                text(first, schoolA, "第二稿").andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8),
                "$.submissionId");
        boolean firstSortsFirst = first.compareTo(second) < 0;

        mvc.perform(get(submissions(notes)).with(token("sa-" + schoolA, Scenario.COUNTY, schoolA, "SCHOOL_ADMIN")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.schoolId").value(schoolA))
                .andExpect(jsonPath("$.dueAt").value("2026-12-21T00:00:00+08:00"))
                .andExpect(jsonPath("$.submissions.length()").value(2))
                .andExpect(jsonPath("$.submissions[" + (firstSortsFirst ? 0 : 1) + "].teacherId")
                        .value(first))
                .andExpect(jsonPath("$.submissions[" + (firstSortsFirst ? 0 : 1) + "].submissionId")
                        .value(latest))
                .andExpect(jsonPath("$.submissions[" + (firstSortsFirst ? 0 : 1) + "].attempt")
                        .value(2))
                .andExpect(jsonPath("$.submissions[" + (firstSortsFirst ? 0 : 1) + "].submittedAt")
                        .value("2026-12-20T23:59:00+08:00"));
        mvc.perform(get(submissions(notes)).with(countyAdmin(Scenario.COUNTY)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.submissions.length()").value(2));
        expectStatus(submissions(notes), token("sa-" + schoolB, Scenario.COUNTY, schoolB, "SCHOOL_ADMIN"), 404);
        expectStatus(submissions(notes), countyAdmin("yunshui"), 404);
        expectStatus(submissions(notes), token("qs-grader", Scenario.COUNTY, null, "COUNTY_GRADER"), 403);
        expectStatus(submissions(notes), teacher(first, Scenario.COUNTY, schoolA), 403);
        mvc.perform(get(submissions(review)).with(token("sa-" + schoolA, Scenario.COUNTY, schoolA, "SCHOOL_ADMIN")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.submissions.length()").value(0));
    }

    private void expectStatus(String path, RequestPostProcessor who, int expected) throws Exception {
        mvc.perform(get(path).with(who)).andExpect(status().is(expected));
    }

    private static String submissions(String moduleId) {
        return "/api/assignments/modules/" + moduleId + "/submissions";
    }

    private ResultActions text(String teacherId, String school, String text) throws Exception {
        return mvc.perform(post("/api/assignments/modules/" + notes + "/essays")
                .with(teacher(teacherId, Scenario.COUNTY, school))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"text\":\"" + text + "\"}"));
    }

    private ResultActions file(String teacherId, String school) throws Exception {
        byte[] docx;
        try (var in = getClass().getResourceAsStream("/essays/essay.docx")) {
            docx = in.readAllBytes();
        }
        return mvc.perform(multipart("/api/assignments/modules/" + notes + "/essays/files")
                .file(new MockMultipartFile("file", "读书笔记.docx", "application/octet-stream", docx))
                .with(teacher(teacherId, Scenario.COUNTY, school)));
    }
}
