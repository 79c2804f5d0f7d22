package cn.wangben.scoring.results;

import static cn.wangben.testinfra.TestTokens.countyAdmin;
import static cn.wangben.testinfra.TestTokens.official;
import static cn.wangben.testinfra.TestTokens.teacher;
import static cn.wangben.testinfra.TestTokens.token;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.wangben.scoring.projection.EventIntake;
import cn.wangben.testinfra.EventFixtures;
import cn.wangben.testinfra.WangbenIntegrationTest;
import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Who sees which dashboard and which results: by role, county, school and own record. */
@WangbenIntegrationTest
@AutoConfigureMockMvc
@Import(EventFixtures.class)
class DashboardAccessIT {
    @Autowired
    MockMvc mvc;

    @Autowired
    EventIntake intake;

    @Test
    void officialsSeeGrantedCountiesStaffTheirOwnSchoolAdminsTheirSchoolAndTeachersNoDashboard() throws Exception {
        ScenarioEvents s = new ScenarioEvents("d" + System.nanoTime());
        new Feed(intake).apply(s.events());
        String county = "/api/scoring/dashboards/counties/" + s.county;
        String school = county + "/programmes/" + s.programme + "/schools/" + s.school(1);
        String module = county + "/modules/" + s.module(1);
        RequestPostProcessor granted = official("o1", List.of("elsewhere", s.county.value()));
        RequestPostProcessor notGranted = official("o2", List.of("elsewhere"));
        RequestPostProcessor ownSchoolAdmin =
                token("a1", s.county.value(), s.school(1).value(), "SCHOOL_ADMIN");
        RequestPostProcessor otherSchoolAdmin =
                token("a2", s.county.value(), s.school(2).value(), "SCHOOL_ADMIN");
        RequestPostProcessor grader = token("g1", s.county.value(), null, "COUNTY_GRADER");
        RequestPostProcessor aTeacher =
                teacher(s.account(1).value(), s.county.value(), s.school(1).value());

        for (String path : List.of(county, school, module)) {
            assertThat(status(path, granted)).as(path).isEqualTo(200);
            assertThat(status(path, countyAdmin(s.county.value()))).as(path).isEqualTo(200);
            assertThat(status(path, grader)).as(path).isEqualTo(200);
            assertThat(status(path, notGranted)).as(path).isEqualTo(403);
            assertThat(status(path, countyAdmin("other" + s.county))).as(path).isEqualTo(403);
            assertThat(status(path, aTeacher)).as(path).isEqualTo(403);
        }
        assertThat(status(school, ownSchoolAdmin)).isEqualTo(200);
        assertThat(status(school, otherSchoolAdmin)).isEqualTo(403);
        assertThat(status(county, ownSchoolAdmin)).isEqualTo(403);
        assertThat(status(county + "/modules/nope" + s.suffix, granted)).isEqualTo(404);
        assertThat(status(county + "/programmes/" + s.programme + "/schools/nope", granted))
                .isEqualTo(404);
        assertThat(status(county + "/modules/bad!id", granted)).isEqualTo(404);
    }

    @Test
    void resultsAreTheCountysTheSchoolAdminsOwnSchoolsAndTheTeachersOwnOnly() throws Exception {
        ScenarioEvents s = new ScenarioEvents("r" + System.nanoTime());
        new Feed(intake).apply(s.events());
        String results = "/api/scoring/programmes/" + s.programme + "/results";
        RequestPostProcessor ownSchoolAdmin =
                token("a1", s.county.value(), s.school(1).value(), "SCHOOL_ADMIN");

        assertThat(keys(body(results, countyAdmin(s.county.value())))).hasSize(7);
        assertThat(keys(body(results + "?schoolId=" + s.school(2), countyAdmin(s.county.value()))))
                .containsExactly(s.key(5), s.key(6));
        assertThat(keys(body(results, ownSchoolAdmin))).containsExactly(s.key(1), s.key(2), s.key(3), s.key(4));
        assertThat(status(results + "?schoolId=" + s.school(2), ownSchoolAdmin)).isEqualTo(403);
        assertThat(status(results, countyAdmin("other" + s.county))).isEqualTo(404);
        assertThat(status(
                        results,
                        teacher(
                                s.account(1).value(),
                                s.county.value(),
                                s.school(1).value())))
                .isEqualTo(403);
        assertThat(status(results, official("o1", List.of(s.county.value())))).isEqualTo(403);

        String mine = body(
                results + "/mine",
                teacher(s.account(2).value(), s.county.value(), s.school(1).value()));
        assertThat(JsonPath.read(mine, "$.teacherKey").toString()).isEqualTo(s.key(2));
        assertThat(status(
                        results + "/mine",
                        teacher(
                                "stranger" + s.suffix,
                                s.county.value(),
                                s.school(1).value())))
                .isEqualTo(404);
        assertThat(status("/api/scoring/programmes/" + s.programme + "/finalization", ownSchoolAdmin))
                .isEqualTo(403);
    }

    private int status(String path, RequestPostProcessor who) throws Exception {
        return mvc.perform(get(path).with(who)).andReturn().getResponse().getStatus();
    }

    private String body(String path, RequestPostProcessor who) throws Exception {
        MockHttpServletResponse response =
                mvc.perform(get(path).with(who)).andReturn().getResponse();
        String body = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(response.getStatus()).as(body).isEqualTo(200);
        return body;
    }

    private static List<String> keys(String results) {
        return JsonPath.read(results, "$.results[*].teacherKey");
    }
}
