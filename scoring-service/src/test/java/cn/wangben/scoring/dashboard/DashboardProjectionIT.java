package cn.wangben.scoring.dashboard;

import static cn.wangben.testinfra.TestTokens.countyAdmin;
import static cn.wangben.testinfra.TestTokens.official;
import static cn.wangben.testinfra.TestTokens.teacher;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.wangben.contracts.EventCatalog;
import cn.wangben.contracts.Topics;
import cn.wangben.contracts.assignment.EssaySubmitted;
import cn.wangben.contracts.assignment.ModuleScheduled;
import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.EventId;
import cn.wangben.contracts.ids.ModuleId;
import cn.wangben.contracts.ids.ProgrammeId;
import cn.wangben.contracts.ids.SchoolId;
import cn.wangben.contracts.ids.SubmissionId;
import cn.wangben.contracts.ids.TeacherId;
import cn.wangben.testinfra.EventFixtures;
import cn.wangben.testinfra.WangbenIntegrationTest;
import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

@WangbenIntegrationTest
@AutoConfigureMockMvc
@Import(EventFixtures.class)
class DashboardProjectionIT {
    static final Instant DUE = Instant.parse("2026-12-15T16:00:00Z");

    @Autowired
    MockMvc mvc;

    @Autowired
    EventFixtures events;

    @Test
    void countsEachTeacherOncePerModuleEvenWhenEventsAreRedeliveredOrResubmitted() throws Exception {
        String county = "c" + System.nanoTime();
        ModuleId module = ModuleId.random();
        events.publish(
                EventCatalog.MODULE_SCHEDULED,
                new ModuleScheduled(
                        EventId.random(),
                        CountyId.of(county),
                        DUE,
                        module,
                        ProgrammeId.of("p1"),
                        "队伍建设",
                        DUE.minusSeconds(604800),
                        DUE,
                        20));
        EssaySubmitted first = submitted(county, module, "t-a", "s-1", 1);
        events.publish(EventCatalog.ESSAY_SUBMITTED, first);
        events.publish(EventCatalog.ESSAY_SUBMITTED, first); // redelivery
        events.publish(EventCatalog.ESSAY_SUBMITTED, submitted(county, module, "t-a", "s-1", 2)); // resubmission
        events.publish(EventCatalog.ESSAY_SUBMITTED, submitted(county, module, "t-b", "s-1", 1));
        events.publish(EventCatalog.ESSAY_SUBMITTED, submitted(county, module, "t-c", "s-2", 1));
        events.publish(EventCatalog.ESSAY_SUBMITTED, submitted("other" + county, module, "t-d", "s-9", 1));

        String view = awaitDashboard(county, module, 3);

        assertThat((List<Integer>) JsonPath.read(view, "$.schools[?(@.schoolId=='s-1')].submittedByModule." + module))
                .containsExactly(2);
        assertThat((List<Integer>) JsonPath.read(view, "$.schools[?(@.schoolId=='s-2')].submittedByModule." + module))
                .containsExactly(1);
        assertThat((List<String>) JsonPath.read(view, "$.modules[*].title")).containsExactly("队伍建设");
    }

    @Test
    void officialsSeeGrantedCountiesOnlyAndTeachersNone() throws Exception {
        mvc.perform(get("/api/scoring/dashboards/counties/qingshan").with(official("o1", List.of("yunshui"))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/scoring/dashboards/counties/qingshan").with(official("o1", List.of("qingshan"))))
                .andExpect(status().isOk());
        mvc.perform(get("/api/scoring/dashboards/counties/qingshan").with(teacher("t1", "qingshan", "s-1")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/scoring/dashboards/counties/yunshui").with(countyAdmin("qingshan")))
                .andExpect(status().isForbidden());
    }

    @Test
    void aPoisonMessageGoesToTheDeadLetterTopicAndTheNextEventsStillCount() throws Exception {
        String county = "p" + System.nanoTime();
        ModuleId module = ModuleId.random();
        events.publishRaw(Topics.SUBMISSIONS, "poison-" + county, "{not json", EventCatalog.ESSAY_SUBMITTED.name());
        events.publish(EventCatalog.ESSAY_SUBMITTED, submitted(county, module, "t-a", "s-1", 1));

        awaitDashboard(county, module, 1);
        assertThat(events.countOn(Topics.deadLetter(Topics.SUBMISSIONS), "poison-" + county))
                .isEqualTo(1);
    }

    private String awaitDashboard(String county, ModuleId module, int expectedTotal) throws Exception {
        long deadline = System.nanoTime() + 20_000_000_000L;
        String body = "";
        while (System.nanoTime() < deadline) {
            body = mvc.perform(get("/api/scoring/dashboards/counties/" + county).with(countyAdmin(county)))
                    .andReturn()
                    .getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            Integer total = total(body, module);
            if (total != null && total == expectedTotal) {
                Thread.sleep(500); // a late duplicate would show up now
                return mvc.perform(get("/api/scoring/dashboards/counties/" + county)
                                .with(countyAdmin(county)))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8);
            }
            Thread.sleep(100);
        }
        throw new AssertionError("dashboard never reached " + expectedTotal + ": " + body);
    }

    private static Integer total(String body, ModuleId module) {
        try {
            return JsonPath.read(body, "$.submittedByModule." + module);
        } catch (com.jayway.jsonpath.PathNotFoundException notYet) {
            return null;
        }
    }

    @Test
    void servesTheOpenApiDocumentKeptInDocs() throws Exception {
        cn.wangben.testinfra.OpenApiDocs.verifyServedBy(mvc, "scoring-service");
    }

    private static EssaySubmitted submitted(
            String county, ModuleId module, String teacher, String school, int attempt) {
        return new EssaySubmitted(
                EventId.random(),
                CountyId.of(county),
                DUE.minusSeconds(60),
                SubmissionId.random(),
                module,
                ProgrammeId.of("p1"),
                TeacherId.of(teacher),
                SchoolId.of(school),
                DUE.minusSeconds(60),
                "00",
                10,
                attempt);
    }
}
