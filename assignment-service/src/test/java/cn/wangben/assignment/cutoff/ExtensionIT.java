package cn.wangben.assignment.cutoff;

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
import cn.wangben.contracts.Topics;
import cn.wangben.testinfra.EventFixtures;
import cn.wangben.testinfra.MutableClock;
import java.time.Instant;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Per-teacher extensions: granted by the county with a reason, audited, published, and honoured on every route. */
@AssignmentIT
class ExtensionIT {
    static final String SCHOOL = "qs-shiyan";
    /** 12-18 24:00 Beijing time. */
    static final Instant EXTENDED = Instant.parse("2026-12-18T16:00:00Z");

    @Autowired
    MockMvc mvc;

    @Autowired
    MutableClock clock;

    @Autowired
    Scenario scenario;

    @Autowired
    EventFixtures events;

    @Autowired
    MongoTemplate mongo;

    Scenario.Module module;
    String extended;
    String colleague;

    @BeforeEach
    void enrollTwoTeachers() throws Exception {
        module = scenario.module();
        extended = Scenario.unique("t-ext");
        colleague = Scenario.unique("t-noext");
        scenario.enroll(module, SCHOOL, extended);
        scenario.enroll(module, SCHOOL, colleague);
        clock.set(Scenario.DUE.minusSeconds(86_400));
    }

    @Test
    void theCountyGrantsAnExtensionThatIsAuditedAndPublished() throws Exception {
        grant(extended, "2026-12-19T00:00:00+08:00", "住院治疗，附医院证明")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.teacherId").value(extended))
                .andExpect(jsonPath("$.schoolId").value(SCHOOL))
                .andExpect(jsonPath("$.until").value("2026-12-19T00:00:00+08:00"))
                .andExpect(jsonPath("$.reason").value("住院治疗，附医院证明"))
                .andExpect(jsonPath("$.by").value("admin-qingshan"))
                .andExpect(jsonPath("$.grantedAt").value("2026-12-15T00:00:00+08:00"));
        clock.set(Scenario.DUE.minusSeconds(3600));
        grant(extended, "2026-12-19T00:00:00+08:00", "补充：出院后复查").andExpect(status().isCreated());

        mvc.perform(get("/api/assignments/modules/" + module.id() + "/extensions")
                        .with(token("grader-1", Scenario.COUNTY, null, "COUNTY_GRADER")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].reason").value("补充：出院后复查"));
        Document record = mongo.getCollection("teacher_cutoffs")
                .find(new Document("_id", module.id() + ":" + extended))
                .first();
        List<Document> grants = record.getList("grants", Document.class);
        assertThat(grants).extracting(g -> g.getString("reason")).containsExactly("住院治疗，附医院证明", "补充：出院后复查");
        assertThat(grants).allSatisfy(g -> assertThat(g.getString("by")).isEqualTo("admin-qingshan"));
        assertThat(events.countOn(Topics.SUBMISSIONS, extended)).isEqualTo(2);
    }

    @Test
    void theExtendedTeacherIsAcceptedOneMillisecondBeforeTheirExtensionAndRefusedOneAfter() throws Exception {
        grant(extended, "2026-12-19T00:00:00+08:00", "外出支教").andExpect(status().isCreated());

        clock.set(Scenario.DUE.plusMillis(1));
        essay(extended).andExpect(status().isCreated());
        clock.set(EXTENDED.minusMillis(1));
        essayFile(extended)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.attempt").value(2));
        clock.set(EXTENDED.plusMillis(1));
        essay(extended)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("urn:wangben:problem:deadline-passed"))
                .andExpect(jsonPath("$.detail").value(containsString("延期截止时间 2026年12月18日 24:00（北京时间）已过")));
        essayFile(extended).andExpect(status().isUnprocessableContent());

        mvc.perform(get("/api/assignments/modules/" + module.id() + "/submissions/mine")
                        .with(teacher(extended, Scenario.COUNTY, SCHOOL)))
                .andExpect(jsonPath("$.extended").value(true))
                .andExpect(jsonPath("$.moduleCutoff").value("2026-12-16T00:00:00+08:00"))
                .andExpect(jsonPath("$.cutoff").value("2026-12-19T00:00:00+08:00"))
                .andExpect(jsonPath("$.attempts.length()").value(2))
                .andExpect(jsonPath("$.refused.length()").value(2));
    }

    @Test
    void anExtensionDoesNotHelpAnotherTeacher() throws Exception {
        grant(extended, "2026-12-19T00:00:00+08:00", "外出支教").andExpect(status().isCreated());

        clock.set(Scenario.DUE.plusMillis(1));
        essay(colleague)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value(containsString("已于 2026年12月15日 24:00（北京时间）截止")));
        essayFile(colleague).andExpect(status().isUnprocessableContent());

        assertThat(mongo.getCollection("refused_submissions").countDocuments(new Document("teacherId", colleague)))
                .isEqualTo(2);
        assertThat(mongo.getCollection("submissions").countDocuments(new Document("teacherId", colleague)))
                .isZero();
    }

    @Test
    void anExtensionMustEndAfterTheModuleCutoffAndNowAndGiveAReason() throws Exception {
        grant(extended, "2026-12-16T00:00:00+08:00", "不晚于截止时间")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.field").value("until"))
                .andExpect(jsonPath("$.detail").value("延期截止时间必须晚于本板块的截止时间 2026年12月15日 24:00"));
        clock.set(Instant.parse("2026-12-17T00:00:00Z"));
        grant(extended, "2026-12-16T12:00:00+08:00", "已经过去的时间")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value("延期截止时间必须晚于当前时间"));
        grant(extended, "2026-12-19T00:00:00+08:00", "  ")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        grant(Scenario.unique("t-stranger"), "2026-12-19T00:00:00+08:00", "不是学员")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("urn:wangben:problem:unknown-trainee"));
        assertThat(mongo.getCollection("teacher_cutoffs").countDocuments(new Document("moduleId", module.id())))
                .isZero();
    }

    @Test
    void onlyTheModulesCountyAdminGrantsAndAnExemptTeacherNeedsNone() throws Exception {
        String body = body(extended, "2026-12-19T00:00:00+08:00", "理由");

        mvc.perform(extensions(teacher(extended, Scenario.COUNTY, SCHOOL)).content(body))
                .andExpect(status().isForbidden());
        mvc.perform(extensions(token("grader-1", Scenario.COUNTY, null, "COUNTY_GRADER"))
                        .content(body))
                .andExpect(status().isForbidden());
        mvc.perform(extensions(countyAdmin("yunshui")).content(body)).andExpect(status().isNotFound());
        scenario.exempt(module, SCHOOL, colleague);
        grant(colleague, "2026-12-19T00:00:00+08:00", "免修教师")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value("该教师已免修本研修项目，无需延期"));
    }

    private ResultActions grant(String teacherId, String until, String reason) throws Exception {
        return mvc.perform(extensions(countyAdmin(Scenario.COUNTY)).content(body(teacherId, until, reason)));
    }

    private MockHttpServletRequestBuilder extensions(RequestPostProcessor who) {
        return post("/api/assignments/modules/" + module.id() + "/extensions")
                .with(who)
                .contentType(MediaType.APPLICATION_JSON);
    }

    private static String body(String teacherId, String until, String reason) {
        return """
                {"teacherId":"%s","until":"%s","reason":"%s"}""".formatted(teacherId, until, reason);
    }

    private ResultActions essay(String teacherId) throws Exception {
        return mvc.perform(post("/api/assignments/modules/" + module.id() + "/essays")
                .with(teacher(teacherId, Scenario.COUNTY, SCHOOL))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"text\":\"自我发展规划\"}"));
    }

    private ResultActions essayFile(String teacherId) throws Exception {
        return mvc.perform(multipart("/api/assignments/modules/" + module.id() + "/essays/files")
                .file(new MockMultipartFile(
                        "file", "规划.txt", null, "自我发展规划".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .with(teacher(teacherId, Scenario.COUNTY, SCHOOL)));
    }
}
