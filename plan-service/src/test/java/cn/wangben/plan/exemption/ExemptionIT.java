package cn.wangben.plan.exemption;

import static cn.wangben.testinfra.TestTokens.countyAdmin;
import static cn.wangben.testinfra.TestTokens.teacher;
import static cn.wangben.testinfra.TestTokens.token;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.wangben.contracts.Topics;
import cn.wangben.plan.ProgrammeFixtures;
import cn.wangben.testinfra.EventFixtures;
import cn.wangben.testinfra.WangbenIntegrationTest;
import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@WangbenIntegrationTest
@AutoConfigureMockMvc
@Import(EventFixtures.class)
class ExemptionIT {
    static final RequestPostProcessor SHIYAN_ADMIN = token("sa-shiyan", "qingshan", "qs-shiyan", "SCHOOL_ADMIN");
    static final RequestPostProcessor YOUER_ADMIN = token("sa-youer", "qingshan", "qs-youer", "SCHOOL_ADMIN");
    static final String EVIDENCE = "2026年国培计划送教下乡学员名单第12号";

    @Autowired
    MockMvc mvc;

    @Autowired
    EventFixtures events;

    @Autowired
    MongoTemplate mongo;

    String programmeId;
    String teacherKey;

    @BeforeEach
    void aProgrammeWithARosterOfQsShiyan() throws Exception {
        programmeId = ProgrammeFixtures.publish(mvc);
        byte[] bytes = new ClassPathResource("rosters/unusual-order.xlsx")
                .getInputStream()
                .readAllBytes();
        mvc.perform(multipart(base() + "/rosters/mine")
                        .file(new MockMultipartFile("file", "unusual-order.xlsx", null, bytes))
                        .with(SHIYAN_ADMIN))
                .andExpect(status().isCreated());
        Document rostered = mongo.getCollection("roster_teachers")
                .find(Filters.and(Filters.eq("programmeId", programmeId), Filters.eq("schoolId", "qs-shiyan")))
                .first();
        assertThat(rostered).isNotNull();
        teacherKey = rostered.getString("teacherKey");
    }

    @Test
    void theCountyExemptsARosteredTeacherOnceAndSchoolsSeeTheirOwn() throws Exception {
        exempt(countyAdmin("qingshan"), teacherKey, "国培送教", EVIDENCE)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.teacherKey").value(teacherKey))
                .andExpect(jsonPath("$.schoolId").value("qs-shiyan"))
                .andExpect(jsonPath("$.category").value("国培送教"))
                .andExpect(jsonPath("$.evidence").value(EVIDENCE))
                .andExpect(jsonPath("$.by").value("admin-qingshan"))
                .andExpect(jsonPath("$.maskedIdNumber").value(Matchers.containsString("*")))
                .andExpect(jsonPath("$.at").isNotEmpty());
        // The same roster file (so the same keys) is used by other tests and programmes: match this programme's event.
        assertThat(events.countOn(
                        Topics.TRAINEES,
                        "\"programmeId\":\"" + programmeId + "\",\"schoolId\":\"qs-shiyan\",\"teacherKey\":\""
                                + teacherKey + "\",\"category\":\"国培送教\""))
                .isEqualTo(1);
        assertThat(mongo.getCollection("exemptions").countDocuments(Filters.eq("_id", programmeId + ":" + teacherKey)))
                .isEqualTo(1);

        exempt(countyAdmin("qingshan"), teacherKey, "已满周期学时", "另一份证明").andExpect(status().isConflict());

        mvc.perform(get(base() + "/exemptions").with(countyAdmin("qingshan")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].teacherKey").value(teacherKey))
                .andExpect(jsonPath("$[0].name").isNotEmpty());
        mvc.perform(get(base() + "/exemptions").with(SHIYAN_ADMIN))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].category").value("国培送教"));
        mvc.perform(get(base() + "/exemptions").with(YOUER_ADMIN))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$").isEmpty());
        mvc.perform(get(base() + "/exemptions").with(teacher("t-1", "qingshan", "qs-shiyan")))
                .andExpect(status().isForbidden());
        mvc.perform(get(base() + "/exemptions").with(countyAdmin("yunshui"))).andExpect(status().isNotFound());
    }

    @Test
    void refusalsNameTheFieldAndOtherCountiesSeeNothing() throws Exception {
        exempt(countyAdmin("qingshan"), teacherKey, "出国进修", EVIDENCE)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.field").value("category"))
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("国培送教")));
        exempt(countyAdmin("qingshan"), teacherKey, "国培送教", "  ")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.field").value("evidence"));
        exempt(countyAdmin("qingshan"), "not-a-rostered-teacher", "国培送教", EVIDENCE)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.field").value("teacherKey"));
        exempt(countyAdmin("yunshui"), teacherKey, "国培送教", EVIDENCE).andExpect(status().isNotFound());
        exempt(SHIYAN_ADMIN, teacherKey, "国培送教", EVIDENCE).andExpect(status().isForbidden());

        assertThat(mongo.getCollection("exemptions").countDocuments(Filters.eq("programmeId", programmeId)))
                .isZero();
    }

    private ResultActions exempt(RequestPostProcessor who, String key, String category, String evidence)
            throws Exception {
        String json =
                "{\"teacherKey\":\"%s\",\"category\":\"%s\",\"evidence\":\"%s\"}".formatted(key, category, evidence);
        return mvc.perform(post(base() + "/exemptions")
                .with(who)
                .contentType(MediaType.APPLICATION_JSON)
                .content(json));
    }

    private String base() {
        return "/api/plan/programmes/" + programmeId;
    }
}
