package cn.wangben.plan.schoolplan;

import static cn.wangben.testinfra.TestTokens.countyAdmin;
import static cn.wangben.testinfra.TestTokens.teacher;
import static cn.wangben.testinfra.TestTokens.token;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.wangben.contracts.Topics;
import cn.wangben.testinfra.EventFixtures;
import cn.wangben.testinfra.WangbenIntegrationTest;
import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

@WangbenIntegrationTest
@AutoConfigureMockMvc
@Import(EventFixtures.class)
class SchoolPlanApiIT {
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final RequestPostProcessor SHIYAN_ADMIN = token("sa-shiyan", "qingshan", "qs-shiyan", "SCHOOL_ADMIN");
    static final RequestPostProcessor YOUER_ADMIN = token("sa-youer", "qingshan", "qs-youer", "SCHOOL_ADMIN");

    @Autowired
    MockMvc mvc;

    @Autowired
    EventFixtures events;

    String programmeId;

    @BeforeEach
    void publishProgramme() throws Exception {
        programmeId = cn.wangben.plan.ProgrammeFixtures.publish(mvc);
    }

    @Test
    void seed000PlanIsAcceptedScaledToFortyAndGoesThroughTheReviewRoundTrip() throws Exception {
        String planId = JsonPath.read(
                save(SHIYAN_ADMIN, seed000())
                        .andExpect(status().isOk())
                        .andExpect(jsonPath("$.status").value("DRAFT"))
                        .andExpect(jsonPath("$.problems").isEmpty())
                        .andExpect(jsonPath("$.content.rubric.items.length()").value(14))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8),
                "$.id");

        submit(SHIYAN_ADMIN)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SUBMITTED"));
        mvc.perform(get("/api/plan/programmes/" + programmeId + "/school-plans").with(countyAdmin("qingshan")))
                .andExpect(jsonPath("$[0].status").value("SUBMITTED"));
        review(planId, "return", "{\"comment\":\"请补充信息技术融合的具体课例\"}")
                .andExpect(jsonPath("$.status").value("RETURNED"));
        save(SHIYAN_ADMIN, seed000(plan -> plan.put("objectives", "补充：每位教师完成一节信息技术融合课。")))
                .andExpect(status().isOk());
        submit(SHIYAN_ADMIN).andExpect(jsonPath("$.status").value("SUBMITTED"));
        review(planId, "approve", "")
                .andExpect(jsonPath("$.status").value("APPROVED"))
                .andExpect(jsonPath("$.history[*].action")
                        .value(org.hamcrest.Matchers.contains("SUBMITTED", "RETURNED", "SUBMITTED", "APPROVED")))
                .andExpect(jsonPath("$.history[1].comment").value("请补充信息技术融合的具体课例"))
                .andExpect(jsonPath("$.history[1].by").value("admin-qingshan"));

        assertThat(events.countOn(Topics.SCHOOL_PLANS, planId)).isEqualTo(4);
        save(SHIYAN_ADMIN, seed000()).andExpect(status().isConflict());
    }

    @Test
    void eachValidationFailureIsAProblemNamingTheField() throws Exception {
        expectSubmitRefused(plan -> keepFirst(plan, "activities"), "activities");
        expectSubmitRefused(plan -> keepFirst(plan, "assignments"), "assignments");
        expectSubmitRefused(
                plan -> rubricItem(plan, 0).withObjectProperty("rule").put("max", 6), "rubric.declaredTotal");
        expectSubmitRefused(
                plan -> rubricItem(plan, 2)
                        .withObjectProperty("rule")
                        .withArrayProperty("options")
                        .get(1)
                        .asObject()
                        .put("points", 5),
                "rubric.items[2].rule.tiers");
        expectSubmitRefused(
                plan -> plan.withArrayProperty("activities").get(0).asObject().put("startDate", "2026-11-30"),
                "activities[0].startDate");

        save(SHIYAN_ADMIN, seed000(plan -> rubricItem(plan, 0)
                        .withObjectProperty("rule")
                        .put("kind", "BONUS")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("rubric.items[0].rule.kind")));
        save(SHIYAN_ADMIN, seed000(plan -> plan.withArrayProperty("activities")
                        .get(0)
                        .asObject()
                        .putArray("forms")
                        .add("郊游")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("activities[0].forms"));
    }

    @Test
    void schoolsSeeOnlyTheirOwnPlanAndOnlyTheCountyReviews() throws Exception {
        String planId = JsonPath.read(
                save(SHIYAN_ADMIN, seed000()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8),
                "$.id");

        mvc.perform(get("/api/plan/school-plans/" + planId).with(YOUER_ADMIN)).andExpect(status().isNotFound());
        mvc.perform(get("/api/plan/school-plans/" + planId).with(countyAdmin("yunshui")))
                .andExpect(status().isNotFound());
        save(teacher("t1", "qingshan", "qs-shiyan"), seed000()).andExpect(status().isForbidden());
        review(planId, "approve", "").andExpect(status().isConflict());
        submit(SHIYAN_ADMIN).andExpect(status().isOk());
        review(planId, "return", "{\"comment\":\" \"}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.field").value("comment"));
        mvc.perform(post("/api/plan/school-plans/" + planId + "/approve").with(SHIYAN_ADMIN))
                .andExpect(status().isForbidden());
    }

    private void expectSubmitRefused(Consumer<ObjectNode> breakIt, String field) throws Exception {
        save(SHIYAN_ADMIN, seed000(breakIt))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.problems").isNotEmpty());
        submit(SHIYAN_ADMIN)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("urn:wangben:problem:invalid-plan"))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem(startsWith(field))));
    }

    private ResultActions save(RequestPostProcessor who, String plan) throws Exception {
        return mvc.perform(put("/api/plan/programmes/" + programmeId + "/school-plans/mine")
                .with(who)
                .contentType(MediaType.APPLICATION_JSON)
                .content(plan));
    }

    private ResultActions submit(RequestPostProcessor who) throws Exception {
        return mvc.perform(post("/api/plan/programmes/" + programmeId + "/school-plans/mine/submit")
                .with(who));
    }

    private ResultActions review(String planId, String action, String body) throws Exception {
        return mvc.perform(post("/api/plan/school-plans/" + planId + "/" + action)
                .with(countyAdmin("qingshan"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body.isEmpty() ? "{}" : body));
    }

    private static String seed000() throws Exception {
        return seed000(plan -> {});
    }

    private static String seed000(Consumer<ObjectNode> change) throws Exception {
        ObjectNode plan = (ObjectNode) JSON.readTree(new ClassPathResource("plans/seed000-plan.json").getInputStream());
        change.accept(plan);
        return JSON.writeValueAsString(plan);
    }

    private static ObjectNode rubricItem(ObjectNode plan, int index) {
        return plan.withObjectProperty("rubric")
                .withArrayProperty("items")
                .get(index)
                .asObject();
    }

    private static void keepFirst(ObjectNode plan, String array) {
        ArrayNode items = plan.withArray(array);
        while (items.size() > 1) {
            items.remove(items.size() - 1);
        }
    }
}
