package cn.wangben.assignment.submission;

import static cn.wangben.testinfra.TestTokens.countyAdmin;
import static cn.wangben.testinfra.TestTokens.teacher;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.wangben.assignment.AssignmentIT;
import cn.wangben.assignment.Scenario;
import cn.wangben.testinfra.MutableClock;
import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Resubmitting until the cutoff: the latest accepted attempt counts, every attempt and refusal stays visible. */
@AssignmentIT
class ResubmissionIT {
    static final String SCHOOL = "qs-shiyan";

    @Autowired
    MockMvc mvc;

    @Autowired
    MutableClock clock;

    @Autowired
    Scenario scenario;

    @Autowired
    MongoTemplate mongo;

    Scenario.Module module;
    String teacherId;

    @BeforeEach
    void openModule() throws Exception {
        module = scenario.module();
        teacherId = Scenario.unique("t-resubmit");
    }

    @Test
    void resubmissionIsAcceptedOneMillisecondBeforeTheCutoffAndRefusedOneAfterWithTheHistoryKept() throws Exception {
        clock.set(Scenario.DUE.minusSeconds(3600));
        String first =
                receiptId(text("初稿：三年发展规划。").andExpect(jsonPath("$.attempt").value(1)));
        clock.set(Scenario.DUE.minusMillis(1));
        String second = receiptId(
                file("essays/essay.docx").andExpect(jsonPath("$.attempt").value(2)));
        clock.set(Scenario.DUE.plusMillis(1));
        text("定稿：迟到的修改。")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("urn:wangben:problem:deadline-passed"));
        file("essays/essay.pdf").andExpect(status().isUnprocessableContent());

        mvc.perform(get("/api/assignments/modules/" + module.id() + "/submissions/mine")
                        .with(teacher(teacherId, Scenario.COUNTY, SCHOOL)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.cutoff").value("2026-12-16T00:00:00+08:00"))
                .andExpect(jsonPath("$.extended").value(false))
                .andExpect(jsonPath("$.attempts.length()").value(2))
                .andExpect(jsonPath("$.attempts[0].receipt.submissionId").value(first))
                .andExpect(jsonPath("$.attempts[0].receipt.format").value("ONLINE_TEXT"))
                .andExpect(jsonPath("$.attempts[0].counting").value(false))
                .andExpect(jsonPath("$.attempts[1].receipt.submissionId").value(second))
                .andExpect(jsonPath("$.attempts[1].counting").value(true))
                .andExpect(jsonPath("$.refused.length()").value(2))
                .andExpect(jsonPath("$.refused[0].at").value("2026-12-16T00:00:00.001+08:00"))
                .andExpect(jsonPath("$.refused[0].route").value("text"))
                .andExpect(jsonPath("$.refused[1].route").value("file"));
        assertThat(mongo.getCollection("refused_submissions").countDocuments(new Document("teacherId", teacherId)))
                .isEqualTo(2);
    }

    @Test
    void anEarlierReceiptStaysRetrievableAndVerifiableAfterAResubmission() throws Exception {
        clock.set(Scenario.DUE.minusSeconds(7200));
        String first = receiptId(text("第一稿"));
        receiptId(text("第二稿"));

        mvc.perform(get("/api/assignments/submissions/" + first).with(teacher(teacherId, Scenario.COUNTY, SCHOOL)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.attempt").value(1));
        mvc.perform(get("/api/assignments/submissions/" + first + "/verification")
                        .with(teacher(teacherId, Scenario.COUNTY, SCHOOL)))
                .andExpect(jsonPath("$.contentIntact").value(true));
        mvc.perform(get("/api/assignments/submissions/" + first + "/verification")
                        .with(countyAdmin(Scenario.COUNTY)))
                .andExpect(status().isOk());
    }

    @Test
    void aTypedEssayAlteredInTheStoreNoLongerVerifies() throws Exception {
        clock.set(Scenario.DUE.minusSeconds(60));
        String id = receiptId(text("原稿"));
        mongo.getCollection("submissions")
                .updateOne(new Document("_id", id), new Document("$set", new Document("text", "改过的稿")));

        mvc.perform(get("/api/assignments/submissions/" + id + "/verification")
                        .with(teacher(teacherId, Scenario.COUNTY, SCHOOL)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.contentIntact").value(false));
    }

    @Test
    void aTeacherSeesOnlyTheirOwnSubmissions() throws Exception {
        clock.set(Scenario.DUE.minusSeconds(60));
        String mine = receiptId(text("我的作业"));
        String colleague = Scenario.unique("t-colleague");

        mvc.perform(get("/api/assignments/submissions/" + mine).with(teacher(colleague, Scenario.COUNTY, SCHOOL)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/assignments/modules/" + module.id() + "/submissions/mine")
                        .with(teacher(colleague, Scenario.COUNTY, SCHOOL)))
                .andExpect(jsonPath("$.attempts.length()").value(0));
        mvc.perform(get("/api/assignments/modules/" + module.id() + "/submissions/mine")
                        .with(countyAdmin(Scenario.COUNTY)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/assignments/modules/" + module.id() + "/submissions/mine")
                        .with(teacher(teacherId, "yunshui", "ys-zhongxue")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value(containsString("未找到研修板块")));
    }

    private ResultActions text(String text) throws Exception {
        return mvc.perform(post("/api/assignments/modules/" + module.id() + "/essays")
                .with(teacher(teacherId, Scenario.COUNTY, SCHOOL))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"text\":\"" + text + "\"}"));
    }

    private ResultActions file(String resource) throws Exception {
        return mvc.perform(multipart("/api/assignments/modules/" + module.id() + "/essays/files")
                .file(new MockMultipartFile("file", "essay", null, FileEssayIT.resource(resource)))
                .with(teacher(teacherId, Scenario.COUNTY, SCHOOL)));
    }

    private static String receiptId(ResultActions result) throws Exception {
        String body = result.andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return JsonPath.read(body, "$.submissionId");
    }
}
