package cn.wangben.plan.programme;

import static cn.wangben.testinfra.TestTokens.countyAdmin;
import static cn.wangben.testinfra.TestTokens.teacher;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.wangben.contracts.Topics;
import cn.wangben.testinfra.EventFixtures;
import cn.wangben.testinfra.WangbenIntegrationTest;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@WangbenIntegrationTest
@AutoConfigureMockMvc
@Import(EventFixtures.class)
class ProgrammeApiIT {
    static final String NOTICE = """
            {"name":"2026-2027第一学期教师网本研修","periodStart":"2026-12-05","periodEnd":"2026-12-31",
             "enrollmentCutoff":"2026-12-09T00:00:00+08:00"}""";

    @Autowired
    MockMvc mvc;

    @Autowired
    EventFixtures events;

    @Test
    void publishingAProgrammeEmitsExactlyOneProgrammePublished() throws Exception {
        String id = draft(NOTICE)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.onlinePoints").value(60))
                .andExpect(jsonPath("$.enrollmentCutoff").value("2026-12-09T00:00:00+08:00"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String programmeId = JsonPath.read(id, "$.id");

        mvc.perform(post("/api/plan/programmes/" + programmeId + "/publish").with(countyAdmin("qingshan")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("PUBLISHED"));

        assertThat(events.countOn(Topics.PROGRAMMES, programmeId)).isEqualTo(1);
        mvc.perform(post("/api/plan/programmes/" + programmeId + "/publish").with(countyAdmin("qingshan")))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void aDraftIsEditedInPlaceAndAPublishedProgrammeOnlyByAnAuditedRevision() throws Exception {
        String programmeId =
                JsonPath.read(draft(NOTICE).andReturn().getResponse().getContentAsString(), "$.id");
        mvc.perform(put("/api/plan/programmes/" + programmeId)
                        .with(countyAdmin("qingshan"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(NOTICE.replace("}", ",\"passMark\":70}")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.passMark").value(70));
        mvc.perform(post("/api/plan/programmes/" + programmeId + "/publish").with(countyAdmin("qingshan")))
                .andExpect(status().isOk());

        mvc.perform(put("/api/plan/programmes/" + programmeId)
                        .with(countyAdmin("qingshan"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(NOTICE))
                .andExpect(status().isConflict());
        mvc.perform(post("/api/plan/programmes/" + programmeId + "/revisions")
                        .with(countyAdmin("qingshan"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"programme\":" + NOTICE + ",\"reason\":\"按县教育局通知恢复合格线60分\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.passMark").value(60))
                .andExpect(jsonPath("$.revisions[0].by").value("admin-qingshan"))
                .andExpect(jsonPath("$.revisions[0].changes[0].field").value("passMark"))
                .andExpect(jsonPath("$.revisions[0].changes[0].before").value("70"));
        mvc.perform(post("/api/plan/programmes/" + programmeId + "/revisions")
                        .with(countyAdmin("qingshan"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"programme\":" + NOTICE + ",\"reason\":\"\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.field").value("reason"));

        assertThat(events.countOn(Topics.PROGRAMMES, "\"reason\":\"按县教育局通知恢复合格线60分\""))
                .isEqualTo(1);
    }

    @Test
    void anotherCountysAdminSeesNoSuchProgramme() throws Exception {
        String body = draft(NOTICE).andReturn().getResponse().getContentAsString();
        String programmeId = JsonPath.read(body, "$.id");

        mvc.perform(get("/api/plan/programmes/" + programmeId).with(countyAdmin("yunshui")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("未找到研修项目")));
        mvc.perform(post("/api/plan/programmes/" + programmeId + "/publish").with(countyAdmin("yunshui")))
                .andExpect(status().isNotFound());
    }

    @Test
    void pointsThatDoNotAddUpAreRefusedNamingTheField() throws Exception {
        draft(NOTICE.replace("}", ",\"schoolPoints\":39}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.field").value("totalPoints"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("之和必须等于总分")));
    }

    @Test
    void missingAndMalformedFieldsAreProblemsNamingTheField() throws Exception {
        draft(
                        "{\"periodStart\":\"2026-12-05\",\"periodEnd\":\"2026-12-31\",\"enrollmentCutoff\":\"2026-12-09T00:00:00+08:00\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("name"));
        draft(NOTICE.replace("2026-12-05", "12/05/2026"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("periodStart"));
        draft("[1,2")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void springsOwnErrorsAreChineseProblemsToo() throws Exception {
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete("/api/plan/programmes")
                        .with(countyAdmin("qingshan")))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(jsonPath("$.type").value("urn:wangben:problem:http-405"))
                .andExpect(jsonPath("$.detail").value("不支持此请求方法"));
        mvc.perform(post("/api/plan/programmes")
                        .with(countyAdmin("qingshan"))
                        .contentType(MediaType.TEXT_PLAIN)
                        .content("x"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("不支持此内容类型")));
    }

    @Test
    void teachersCannotDraftProgrammes() throws Exception {
        mvc.perform(post("/api/plan/programmes")
                        .with(teacher("t1", "qingshan", "qs-shiyan"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(NOTICE))
                .andExpect(status().isForbidden());
    }

    @Test
    void requestsWithoutATokenAreUnauthorizedProblems() throws Exception {
        mvc.perform(get("/api/plan/programmes"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void servesTheOpenApiDocumentKeptInDocs() throws Exception {
        cn.wangben.testinfra.OpenApiDocs.verifyServedBy(mvc, "plan-service");
    }

    private ResultActions draft(String json) throws Exception {
        return mvc.perform(post("/api/plan/programmes")
                .with(countyAdmin("qingshan"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(json));
    }
}
