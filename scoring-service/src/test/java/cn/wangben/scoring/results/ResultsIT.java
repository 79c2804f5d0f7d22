package cn.wangben.scoring.results;

import static cn.wangben.testinfra.TestTokens.countyAdmin;
import static cn.wangben.testinfra.TestTokens.official;
import static cn.wangben.testinfra.TestTokens.teacher;
import static org.assertj.core.api.Assertions.assertThat;

import cn.wangben.contracts.Topics;
import cn.wangben.contracts.ids.EventId;
import cn.wangben.contracts.ids.TeacherId;
import cn.wangben.contracts.scoring.TraineeResultFinalized;
import cn.wangben.testinfra.EventFixtures;
import cn.wangben.testinfra.WangbenIntegrationTest;
import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * From events to certificates: provisional results, a refused finalization listing what is missing, the school's
 * report and the last release, a finalization resumed after a run that stopped midway, certificates and their public
 * verification, and the published results.
 */
@WangbenIntegrationTest
@AutoConfigureMockMvc
@Import(EventFixtures.class)
class ResultsIT {
    @Autowired
    MockMvc mvc;

    @Autowired
    EventFixtures events;

    @Autowired
    ResultProjector projector;

    @Autowired
    FinalResults finals;

    @Test
    void finalizationFreezesResultsIssuesCertificatesAndPublishesEachTraineeOnceEvenAfterAnInterruptedRun()
            throws Exception {
        ResultsStory s = new ResultsStory(events, "f" + System.nanoTime());
        Calls api = new Calls(mvc, s);
        RequestPostProcessor admin = countyAdmin(s.county.value());
        s.publishAllButTheLastRelease();
        api.await(
                api.results(),
                admin,
                body -> rows(body).size() == 4
                        && "CANCELLED".equals(row(body, s.key("c")).get("schoolStatus"))
                        && "SCORED".equals(JsonPath.read(row(body, s.key("b")), "$.modules[0].outcome")));

        s.fillInSheet(api);
        String status = api.await(api.finalization(), admin, body -> JsonPath.read(body, "$.missing.length()")
                .equals(2));
        assertThat((List<String>) JsonPath.read(status, "$.missing"))
                .containsExactly("网络研修板块“信息技术”的成绩尚未发布", "学校“青山县第一中学”：校本研修成绩尚未报送（评分中）");
        MockHttpServletResponse refused = api.post(api.finalization(), admin, "{}");
        assertThat(refused.getStatus()).isEqualTo(409);
        assertThat(JsonPath.read(Calls.body(refused), "$.detail").toString())
                .isEqualTo("尚不能确认结果：网络研修板块“信息技术”的成绩尚未发布；学校“青山县第一中学”：校本研修成绩尚未报送（评分中）");
        assertThat(JsonPath.read(Calls.body(api.get(api.finalization(), admin)), "$.state")
                        .toString())
                .isEqualTo("NOT_FINALIZED");

        assertThat(api.post(api.school("s1") + "/sheet/report", s.schoolAdmin("s1"), "")
                        .getStatus())
                .isEqualTo(200);
        s.releaseLastModule();
        api.await(api.finalization(), admin, body -> JsonPath.read(body, "$.missing.length()")
                .equals(0));
        assertThat(api.post(api.finalization(), official("o", List.of(s.county.value())), "{}")
                        .getStatus())
                .isEqualTo(403);
        assertThat(api.post(api.finalization(), s.schoolAdmin("s1"), "{}").getStatus())
                .isEqualTo(403);
        assertThat(api.post(api.finalization(), countyAdmin("x" + s.county), "{}")
                        .getStatus())
                .isEqualTo(404);

        String interruptedCode = interruptAfterTheFirstTrainee(s);
        String done = Calls.body(api.post(api.finalization(), admin, "{}"));
        assertThat(JsonPath.read(done, "$.state").toString()).isEqualTo("COMPLETED");
        assertThat(List.of(
                        JsonPath.read(done, "$.trainees"),
                        JsonPath.read(done, "$.passed"),
                        JsonPath.read(done, "$.exempt")))
                .containsExactly(4, 2, 1);
        MockHttpServletResponse twice = api.post(api.finalization(), admin, "{}");
        assertThat(twice.getStatus()).isEqualTo(409);
        assertThat(JsonPath.read(Calls.body(twice), "$.detail").toString()).isEqualTo("该研修项目的结果已经确认，不能重复确认");

        String results = api.await(api.results(), admin, body -> "FINAL".equals(JsonPath.read(body, "$.status")));
        Map<String, Object> a = row(results, s.key("a"));
        assertThat(List.of(a.get("onlinePoints"), a.get("schoolPoints"), a.get("totalPoints"), a.get("status")))
                .containsExactly(54.5, 32.6, 87.1, "FINAL");
        assertThat(a.get("certificateCode")).isEqualTo(interruptedCode); // the interrupted run's result was kept
        assertThat(row(results, s.key("b")).get("certificateCode")).isNull(); // 14.0 + 38.8 = 52.8 fails
        assertThat(row(results, s.key("c")).get("totalPoints")).isEqualTo(60.0); // 60 online, school cancelled: pass
        assertThat(row(results, s.key("x")).get("status")).isEqualTo("EXEMPT");

        String text =
                pdfText(api.get(api.programme() + "/certificate", teacher(s.account("a"), s.county.value(), "s1")));
        assertThat(text).contains("李文", "青山县第一中学", "总成绩87.1分", "考核结果：合格", "认定培训学时36学时", interruptedCode);
        assertThat(pdfText(api.get(api.results() + "/" + s.key("c") + "/certificate", admin)))
                .contains("陈静", "合格");
        assertThat(api.get(api.programme() + "/certificate", teacher(s.account("b"), s.county.value(), "s1"))
                        .getStatus())
                .isEqualTo(409);
        assertThat(api.get(api.results() + "/" + s.key("a") + "/certificate", countyAdmin("x" + s.county))
                        .getStatus())
                .isEqualTo(404);

        String verified =
                Calls.body(api.anonymous("/api/scoring/public/certificates/" + interruptedCode.toLowerCase()));
        assertThat(((Map<String, Object>) JsonPath.read(verified, "$")).keySet())
                .containsExactly("name", "programme", "result", "totalPoints", "hours", "issuedAt");
        assertThat(List.of(
                        JsonPath.read(verified, "$.name"),
                        JsonPath.read(verified, "$.result"),
                        JsonPath.read(verified, "$.totalPoints"),
                        JsonPath.read(verified, "$.hours")))
                .containsExactly("李文", "合格", 87.1, 36);
        assertThat(api.anonymousStatus("/api/scoring/public/certificates/0000000000000000"))
                .isEqualTo(404);
        assertThat(api.anonymousStatus("/api/scoring/public/certificates/not-a-code"))
                .isEqualTo(404);

        assertThat(events.countOn(Topics.RESULTS, s.programme.value())).isEqualTo(5); // 4 trainees + the programme
        String county = api.await("/api/scoring/dashboards/counties/" + s.county, admin, body -> "FINAL"
                .equals(JsonPath.read(body, "$.programmes[0].results.status")));
        assertThat(List.of(
                        JsonPath.read(county, "$.programmes[0].results.passed"),
                        JsonPath.read(county, "$.programmes[0].results.passRate"),
                        JsonPath.read(county, "$.programmes[0].results.hoursCredited")))
                .containsExactly(2, 66.7, 72);
        assertThat(JsonPath.read(
                                Calls.body(api.get(
                                        api.results() + "/mine", teacher(s.account("a"), s.county.value(), "s1"))),
                                "$.status")
                        .toString())
                .isEqualTo("FINAL");
    }

    static final String UNRELEASED = "网络研修板块“信息技术”的成绩尚未发布";

    @Test
    void forcingPastMissingItemsNeedsAReasonAndIsAudited() throws Exception {
        ResultsStory s = new ResultsStory(events, "g" + System.nanoTime());
        Calls api = new Calls(mvc, s);
        RequestPostProcessor admin = countyAdmin(s.county.value());
        s.publishAllButTheLastRelease();
        // every event of the story consumed: the one release not published is what is missing
        api.await(api.finalization(), admin, body -> ((List<String>) JsonPath.read(body, "$.missing"))
                .contains(UNRELEASED));

        MockHttpServletResponse noReason = api.post(api.finalization(), admin, "{\"force\":true}");
        assertThat(noReason.getStatus()).isEqualTo(422);
        assertThat(JsonPath.read(Calls.body(noReason), "$.detail").toString()).contains("强制确认结果时必须填写原因");
        String forced = Calls.body(api.post(api.finalization(), admin, "{\"force\":true,\"reason\":\"县局要求按期结业\"}"));
        assertThat(List.of(
                        JsonPath.read(forced, "$.state"),
                        JsonPath.read(forced, "$.forced"),
                        JsonPath.read(forced, "$.reason"),
                        JsonPath.read(forced, "$.startedBy")))
                .containsExactly("COMPLETED", true, "县局要求按期结业", "admin-" + s.county);
        assertThat((List<String>) JsonPath.read(forced, "$.missing")).contains(UNRELEASED);
    }

    /** Plays a run that froze one trainee and stopped: the start and that trainee's result are stored. */
    private String interruptAfterTheFirstTrainee(ResultsStory s) {
        TraineeResult live = projector.liveBoards(s.county, s.programme).stream()
                .flatMap(b -> b.rows().stream())
                .filter(r -> r.teacherKey().equals(s.key("a")))
                .findFirst()
                .orElseThrow()
                .finalizedWith(new VerificationCodes(16).next());
        java.time.Instant at = java.time.Instant.parse("2027-01-05T02:00:00Z");
        finals.start(new Finalization(
                s.county,
                s.programme,
                FinalizationState.IN_PROGRESS,
                at,
                "admin-" + s.county,
                false,
                null,
                List.of(),
                null,
                0,
                0,
                0,
                1L));
        Finalization started = finals.finalization(s.county, s.programme).orElseThrow();
        finals.store(
                new FinalRecord(s.county, s.programme, "2026-2027第一学期教师网本研修", "青山县第一中学", live, at),
                new TraineeResultFinalized(
                        EventId.random(),
                        s.county,
                        at,
                        s.programme,
                        live.school(),
                        live.teacherKey(),
                        TeacherId.of(s.account("a")),
                        live.name(),
                        live.onlinePoints(),
                        live.schoolPoints(),
                        live.totalPoints(),
                        live.passed(),
                        false,
                        live.creditedHours(),
                        live.certificateCode()));
        assertThat(started.state()).isEqualTo(FinalizationState.IN_PROGRESS);
        return live.certificateCode();
    }

    private static List<Map<String, Object>> rows(String body) {
        return JsonPath.read(body, "$.results");
    }

    private static Map<String, Object> row(String body, String key) {
        return rows(body).stream()
                .filter(r -> key.equals(r.get("teacherKey")))
                .findFirst()
                .orElseThrow();
    }

    private static String pdfText(MockHttpServletResponse response) throws Exception {
        assertThat(response.getStatus()).as(Calls.body(response)).isEqualTo(200);
        assertThat(response.getContentType()).isEqualTo("application/pdf");
        try (PDDocument pdf = Loader.loadPDF(response.getContentAsByteArray())) {
            return new PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
        }
    }
}
