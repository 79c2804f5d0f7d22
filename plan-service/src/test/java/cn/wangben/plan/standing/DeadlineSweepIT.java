package cn.wangben.plan.standing;

import static cn.wangben.testinfra.TestTokens.countyAdmin;
import static cn.wangben.testinfra.TestTokens.token;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.wangben.contracts.EventCatalog;
import cn.wangben.contracts.Topics;
import cn.wangben.contracts.identity.SchoolRegistered;
import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.EventId;
import cn.wangben.contracts.ids.SchoolId;
import cn.wangben.testinfra.EventFixtures;
import cn.wangben.testinfra.WangbenIntegrationTest;
import com.mongodb.client.model.Filters;
import java.time.Duration;
import java.time.Instant;
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
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The sweep is called with explicit instants: the test moves time instead of waiting for the scheduler (which the test
 * profile switches off, see application-test.yml).
 */
@WangbenIntegrationTest
@AutoConfigureMockMvc
@Import(EventFixtures.class)
class DeadlineSweepIT {
    /** 12-13 24:00 Beijing time, as the notice writes it. */
    static final Instant DEADLINE = Instant.parse("2026-12-13T16:00:00Z");

    static final RequestPostProcessor COMPLETE = token("sa-shiyan", "qingshan", "qs-shiyan", "SCHOOL_ADMIN");
    static final RequestPostProcessor PLAN_ONLY = token("sa-youer", "qingshan", "qs-youer", "SCHOOL_ADMIN");
    static final RequestPostProcessor ROSTER_ONLY = token("sa-erxiao", "qingshan", "qs-erxiao", "SCHOOL_ADMIN");

    @Autowired
    MockMvc mvc;

    @Autowired
    EventFixtures events;

    @Autowired
    DeadlineSweep sweep;

    @Autowired
    MongoTemplate mongo;

    String programmeId;

    @BeforeEach
    void schoolsHandInPartly() throws Exception {
        programmeId = cn.wangben.plan.ProgrammeFixtures.publish(mvc, """
                                {"name":"截止测试项目","periodStart":"2026-12-05","periodEnd":"2026-12-31",
                                 "enrollmentCutoff":"2026-12-09T00:00:00+08:00","schoolPlanDeadline":"2026-12-14T00:00:00+08:00"}""");

        savePlan(COMPLETE);
        mvc.perform(post(base() + "/school-plans/mine/submit").with(COMPLETE)).andExpect(status().isOk());
        uploadRoster(COMPLETE, "unusual-order.xlsx");
        savePlan(PLAN_ONLY); // a draft, never submitted
        uploadRoster(ROSTER_ONLY, "gbk.csv");
        register("qs-silent", DEADLINE.minus(Duration.ofDays(2)));
        register("qs-newcomer", DEADLINE.plus(Duration.ofHours(1)));
    }

    @Test
    void atTheDeadlineSchoolsMissingPlanOrRosterAreCancelledOnceAndTheCountyCanReinstateWithAReason() throws Exception {
        // The sweep covers every programme in the (shared) test database; assertions look at this one only.
        sweep.sweep(DEADLINE.minusMillis(1));
        mvc.perform(get(base() + "/standings").with(countyAdmin("qingshan")))
                .andExpect(jsonPath("$").isEmpty());

        sweep.sweep(DEADLINE);
        sweep.sweep(DEADLINE.plusSeconds(30)); // a second run, or a second instance

        mvc.perform(get(base() + "/standings").with(countyAdmin("qingshan")))
                .andExpect(jsonPath("$.length()").value(3))
                .andExpect(jsonPath("$[?(@.schoolId=='qs-silent')].missing[*]")
                        .value(org.hamcrest.Matchers.contains("PLAN", "ROSTER")))
                .andExpect(jsonPath("$[?(@.schoolId=='qs-newcomer')]").isEmpty())
                .andExpect(jsonPath("$[?(@.schoolId=='qs-youer')].missing[*]")
                        .value(org.hamcrest.Matchers.contains("PLAN", "ROSTER")))
                .andExpect(jsonPath("$[?(@.schoolId=='qs-erxiao')].missing[*]")
                        .value(org.hamcrest.Matchers.contains("PLAN")))
                .andExpect(jsonPath("$[?(@.schoolId=='qs-shiyan')]").isEmpty());
        assertThat(events.countOn(
                        Topics.SCHOOL_PLANS,
                        "\"programmeId\":\"" + programmeId + "\",\"schoolId\":\"qs-youer\",\"missing\""))
                .isEqualTo(1);

        reinstate("qs-youer", "{\"reason\":\" \"}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.field").value("reason"));
        reinstate("qs-youer", "{\"reason\":\"因疫情停课，经县教师进修学校同意延期提交\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("REINSTATED"))
                .andExpect(jsonPath("$.reinstatedBy").value("admin-qingshan"));
        sweep.sweep(DEADLINE.plusSeconds(60));
        mvc.perform(get(base() + "/standings").with(countyAdmin("qingshan")))
                .andExpect(jsonPath("$[?(@.schoolId=='qs-youer')].status")
                        .value(org.hamcrest.Matchers.contains("REINSTATED")));
        reinstate("qs-youer", "{\"reason\":\"再次恢复\"}").andExpect(status().isConflict());
        reinstate("qs-shiyan", "{\"reason\":\"x\"}").andExpect(status().isNotFound());
        mvc.perform(post(base() + "/standings/qs-erxiao/reinstatement")
                        .with(countyAdmin("yunshui"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"跨县\"}"))
                .andExpect(status().isNotFound());
    }

    /** identity's registry: a school that never opened its plan is still bound by the deadline. */
    private void register(String school, Instant at) throws Exception {
        events.publish(
                EventCatalog.SCHOOL_REGISTERED,
                new SchoolRegistered(
                        EventId.random(),
                        CountyId.of("qingshan"),
                        at,
                        SchoolId.of(school),
                        school.toUpperCase(java.util.Locale.ROOT),
                        school,
                        "小学",
                        "admin-qingshan"));
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (mongo.getCollection("registered_schools").countDocuments(Filters.eq("schoolId", school)) == 0) {
            assertThat(System.nanoTime())
                    .as("registration of %s consumed", school)
                    .isLessThan(deadline);
            Thread.sleep(50); // waiting for the consumer, not for the clock under test
        }
    }

    private org.springframework.test.web.servlet.ResultActions reinstate(String school, String json) throws Exception {
        return mvc.perform(post(base() + "/standings/" + school + "/reinstatement")
                .with(countyAdmin("qingshan"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(json));
    }

    private void savePlan(RequestPostProcessor who) throws Exception {
        byte[] plan = new ClassPathResource("plans/seed000-plan.json")
                .getInputStream()
                .readAllBytes();
        mvc.perform(put(base() + "/school-plans/mine")
                        .with(who)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(plan))
                .andExpect(status().isOk());
    }

    private void uploadRoster(RequestPostProcessor who, String file) throws Exception {
        byte[] bytes = new ClassPathResource("rosters/" + file).getInputStream().readAllBytes();
        mvc.perform(multipart(base() + "/rosters/mine")
                        .file(new MockMultipartFile("file", file, null, bytes))
                        .with(who))
                .andExpect(status().isCreated());
    }

    private String base() {
        return "/api/plan/programmes/" + programmeId;
    }
}
