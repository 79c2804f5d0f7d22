package cn.wangben.scoring.schoolscore;

import static cn.wangben.scoring.schoolscore.Api.body;
import static cn.wangben.testinfra.TestTokens.countyAdmin;
import static cn.wangben.testinfra.TestTokens.teacher;
import static cn.wangben.testinfra.TestTokens.token;
import static org.assertj.core.api.Assertions.assertThat;

import cn.wangben.testinfra.EventFixtures;
import cn.wangben.testinfra.WangbenIntegrationTest;
import com.jayway.jsonpath.JsonPath;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The county's view of all its schools' sheets: overdue after the deadline, cancelled schools at 0, tenancy. */
@WangbenIntegrationTest
@AutoConfigureMockMvc
@Import(EventFixtures.class)
class SheetStatusIT {
    /** {@link EventFixtures#publishProgramme}'s school scoring deadline, 12-29 24:00 Beijing time. */
    static final Instant DEADLINE = Instant.parse("2026-12-29T16:00:00Z");

    @Autowired
    MockMvc mvc;

    @Autowired
    EventFixtures events;

    @Autowired
    ScoringDeadlineSweep sweep;

    @Test
    void unreportedSheetsAreFlaggedOverdueAtTheDeadlineAndACancelledSchoolsTraineesGetZeroWithTheReason()
            throws Exception {
        String county = "d" + System.nanoTime();
        SchoolEvents plan = new SchoolEvents(events, county, events.publishProgramme(county));
        Api api = new Api(mvc, plan.programme.value());
        RequestPostProcessor staff = countyAdmin(county);
        Instant imported = Instant.parse("2026-12-12T10:00:00Z");
        plan.approvePlan("late");
        plan.roster("late", "r-late", imported, SchoolFixtures.teacher("kl", "孙丽"));
        plan.roster("noplan", "r-noplan", imported, SchoolFixtures.teacher("kn", "周楠"));
        plan.roster("gone", "r-gone", imported, SchoolFixtures.teacher("kg", "吴刚"), SchoolFixtures.teacher("kh", "郑华"));
        plan.enroll("gone", "kg", "t-g" + county);
        plan.cancel("gone");

        api.await(api.sheets(), staff, body -> statuses(body)
                .equals(List.of("gone CANCELLED 2/2", "late NOT_STARTED 0/1", "noplan NOT_STARTED 0/1")));

        MockHttpServletResponse noPlan =
                api.get(api.school("noplan") + "/sheet", token("a-n", county, "noplan", "SCHOOL_ADMIN"));
        assertThat(noPlan.getStatus()).isEqualTo(409);
        assertThat(JsonPath.read(body(noPlan), "$.detail").toString()).isEqualTo("该校的校本研修计划尚未通过县（区）审核，审核通过后才能记录出勤和评分");

        String gone = body(api.get(api.school("gone") + "/sheet", staff));
        assertThat(JsonPath.read(gone, "$.status").toString()).isEqualTo("CANCELLED");
        assertThat((List<Object>) JsonPath.read(gone, "$.rows[*].schoolScore"))
                .extracting(String::valueOf)
                .containsExactly("0.0", "0.0");
        assertThat((List<String>) JsonPath.read(gone, "$.rows[*].reason")).containsOnly("逾期未提交计划或名册，校本研修按取消处理");
        String part = body(api.get(
                "/api/scoring/programmes/" + plan.programme + "/school-part", teacher("t-g" + county, county, "gone")));
        assertThat(JsonPath.read(part, "$.points").toString()).isEqualTo("0.0");
        assertThat(JsonPath.read(part, "$.status").toString()).isEqualTo("CANCELLED");
        MockHttpServletResponse refused = api.put(
                api.school("gone") + "/attendance/activities",
                token("a-g", county, "gone", "SCHOOL_ADMIN"),
                "{\"activities\":[{\"number\":1,\"present\":[\"kg\"]}]}");
        assertThat(refused.getStatus()).isEqualTo(409);

        sweep.sweep(DEADLINE.minusMillis(1));
        assertThat(statuses(body(api.get(api.sheets(), staff))))
                .containsExactly("gone CANCELLED 2/2", "late NOT_STARTED 0/1", "noplan NOT_STARTED 0/1");
        sweep.sweep(DEADLINE);
        String flagged = body(api.get(api.sheets(), staff));
        assertThat(statuses(flagged)).containsExactly("gone CANCELLED 2/2", "late OVERDUE 0/1", "noplan OVERDUE 0/1");
        assertThat((List<String>) JsonPath.read(flagged, "$[?(@.schoolId=='late')].overdueSince"))
                .containsExactly("2026-12-30T00:00:00+08:00");

        plan.reinstate("gone");
        api.await(api.sheets(), staff, body -> statuses(body).contains("gone NOT_STARTED 0/2"));
    }

    @Test
    void anotherCountyFindsNothingAnotherSchoolIsForbiddenAndTeachersSeeNoSheet() throws Exception {
        String county = "e" + System.nanoTime();
        SchoolEvents plan = new SchoolEvents(events, county, events.publishProgramme(county));
        Api api = new Api(mvc, plan.programme.value());
        plan.approvePlan("s1");
        plan.roster("s1", "r1", Instant.parse("2026-12-12T10:00:00Z"), SchoolFixtures.teacher("ka", "李文"));
        api.await(api.school("s1") + "/sheet", countyAdmin(county), body -> !keys(body)
                .isEmpty());

        assertThat(api.get(api.school("s1") + "/sheet", countyAdmin("other" + county))
                        .getStatus())
                .isEqualTo(404);
        assertThat(api.get(api.sheets(), countyAdmin("other" + county)).getStatus())
                .isEqualTo(404);
        MockHttpServletResponse otherSchool =
                api.get(api.school("s1") + "/sheet", token("a-2", county, "s2", "SCHOOL_ADMIN"));
        assertThat(otherSchool.getStatus()).isEqualTo(403);
        assertThat(JsonPath.read(body(otherSchool), "$.detail").toString()).isEqualTo("只能查看和填写本校的校本研修成绩表");
        assertThat(api.get(api.school("s1") + "/sheet", teacher("t1", county, "s1"))
                        .getStatus())
                .isEqualTo(403);
        assertThat(api.get(api.school("s1") + "/sheet/xlsx", countyAdmin(county))
                        .getStatus())
                .isEqualTo(200);
        assertThat(api.put(api.school("s1") + "/sheet/rows", countyAdmin(county), "{\"rows\":[]}")
                        .getStatus())
                .isEqualTo(403);
    }

    private static List<String> statuses(String list) {
        List<String> schools = JsonPath.read(list, "$[*].schoolId");
        List<String> statuses = JsonPath.read(list, "$[*].status");
        List<Integer> scored = JsonPath.read(list, "$[*].scored");
        List<Integer> trainees = JsonPath.read(list, "$[*].trainees");
        return java.util.stream.IntStream.range(0, schools.size())
                .mapToObj(i -> schools.get(i) + " " + statuses.get(i) + " " + scored.get(i) + "/" + trainees.get(i))
                .toList();
    }

    private static List<String> keys(String grid) {
        return JsonPath.read(grid, "$.rows[*].teacherKey");
    }
}
