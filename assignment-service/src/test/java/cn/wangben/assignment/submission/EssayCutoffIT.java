package cn.wangben.assignment.submission;

import static cn.wangben.testinfra.TestTokens.countyAdmin;
import static cn.wangben.testinfra.TestTokens.teacher;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.wangben.assignment.AssignmentIT;
import cn.wangben.contracts.Topics;
import cn.wangben.testinfra.EventFixtures;
import cn.wangben.testinfra.MutableClock;
import com.jayway.jsonpath.JsonPath;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@AssignmentIT
class EssayCutoffIT {
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    /** 12-15 24:00 Beijing time. */
    static final Instant DUE = Instant.parse("2026-12-15T16:00:00Z");

    @Autowired
    MockMvc mvc;

    @Autowired
    MutableClock clock;

    @Autowired
    EventFixtures events;

    @Autowired
    MongoTemplate mongo;

    String moduleId;

    @BeforeEach
    void scheduleModule() throws Exception {
        clock.set(Instant.parse("2026-12-01T00:00:00Z"));
        String programmeId = events.publishProgramme("qingshan");
        String body = """
                {"programmeId":"%s","title":"队伍建设","prompt":"教师自我发展规划","maxPoints":20,
                 "opensAt":"2026-12-09T00:00:00+08:00","dueAt":"2026-12-16T00:00:00+08:00"}""".formatted(programmeId);
        String created = events.awaitCreated(() -> mvc.perform(post("/api/assignments/modules")
                .with(countyAdmin("qingshan"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body)));
        moduleId = JsonPath.read(created, "$.id");
    }

    @Test
    void acceptsEssayOneMillisecondBeforeCutoffWithAVerifiableReceipt() throws Exception {
        clock.set(DUE.minusMillis(1));

        String receipt = mvc.perform(essay("t-liwen", "qs-shiyan", "我的自我发展规划：三年内成为骨干教师。"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.receivedAt").value("2026-12-15T23:59:59.999+08:00"))
                .andExpect(jsonPath("$.characters").value(19))
                .andExpect(jsonPath("$.attempt").value(1))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String submissionId = JsonPath.read(receipt, "$.submissionId");

        mvc.perform(get("/api/assignments/submissions/" + submissionId + "/verification")
                        .with(teacher("t-liwen", "qingshan", "qs-shiyan")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.contentIntact").value(true))
                .andExpect(jsonPath("$.sha256").value((String) JsonPath.read(receipt, "$.sha256")));
        assertThat(events.countOn(Topics.SUBMISSIONS, submissionId)).isEqualTo(1);
    }

    @Test
    void rejectsEssayOneMillisecondAfterCutoffAndRecordsTheAttempt() throws Exception {
        clock.set(DUE.plusMillis(1));

        mvc.perform(essay("t-wangfang", "qs-shiyan", "迟到的作业"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:wangben:problem:deadline-passed"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("2026年12月15日 24:00")));

        assertThat(mongo.getCollection("refused_submissions")
                        .countDocuments(new org.bson.Document("teacherId", "t-wangfang")))
                .isEqualTo(1);
        assertThat(mongo.getCollection("submissions").countDocuments(new org.bson.Document("teacherId", "t-wangfang")))
                .isZero();
    }

    @Test
    void rejectsEssayAtTheCutoffInstantItself() throws Exception {
        clock.set(DUE);

        mvc.perform(essay("t-chenjing", "qs-shiyan", "正好截止时刻")).andExpect(status().isUnprocessableContent());
    }

    @Test
    void anotherCountysTeacherCannotSeeTheModule() throws Exception {
        clock.set(DUE.minusSeconds(60));

        mvc.perform(post("/api/assignments/modules/" + moduleId + "/essays")
                        .with(teacher("t-hexin", "yunshui", "ys-zhongxue"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\":\"跨县提交\"}"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void invalidBodiesAreProblemsNamingTheField() throws Exception {
        clock.set(DUE.minusSeconds(60));

        mvc.perform(post("/api/assignments/modules/" + moduleId + "/essays")
                        .with(teacher("t-liwen", "qingshan", "qs-shiyan"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("text"));
        mvc.perform(post("/api/assignments/modules/" + moduleId + "/essays")
                        .with(teacher("t-liwen", "qingshan", "qs-shiyan"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\": "))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("请求体不是合法的 JSON"));
        mvc.perform(get("/api/assignments/submissions/does-not-exist")
                        .with(teacher("t-liwen", "qingshan", "qs-shiyan")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("未找到提交记录")));
    }

    @Test
    void servesTheOpenApiDocumentKeptInDocs() throws Exception {
        cn.wangben.testinfra.OpenApiDocs.verifyServedBy(mvc, "assignment-service");
    }

    private org.springframework.test.web.servlet.RequestBuilder essay(String teacherId, String school, String text) {
        return post("/api/assignments/modules/" + moduleId + "/essays")
                .with(teacher(teacherId, "qingshan", school))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"text\":\"" + text + "\"}");
    }
}
