package cn.wangben.scoring.export;

import static cn.wangben.scoring.export.ExportStory.FIRST;
import static cn.wangben.scoring.export.ExportStory.PROGRAMME_NAME;
import static cn.wangben.scoring.export.ExportStory.SECOND;
import static cn.wangben.testinfra.TestTokens.countyAdmin;
import static cn.wangben.testinfra.TestTokens.official;
import static cn.wangben.testinfra.TestTokens.teacher;
import static cn.wangben.testinfra.TestTokens.token;
import static org.assertj.core.api.Assertions.assertThat;

import cn.wangben.scoring.export.xlsx.XlsxReading;
import cn.wangben.testinfra.EventFixtures;
import cn.wangben.testinfra.WangbenIntegrationTest;
import com.jayway.jsonpath.JsonPath;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The exports through the service's HTTP layer, fed by Kafka: who may download them, their problems, and what the two
 * workbooks hold before and after the county finalizes the programme.
 */
@WangbenIntegrationTest
@AutoConfigureMockMvc
@Import(EventFixtures.class)
class ExportIT {
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Autowired
    MockMvc mvc;

    @Autowired
    EventFixtures events;

    @Test
    void theCountyResultsAndTheHoursListAreExportedToTheirReadersOnlyProvisionalThenFinal() throws Exception {
        ExportStory s = new ExportStory(events, "x" + System.nanoTime());
        RequestPostProcessor admin = countyAdmin(s.county.value());
        RequestPostProcessor schoolAdmin = token("a-s1", s.county.value(), "s1", "SCHOOL_ADMIN");
        String programme = "/api/scoring/programmes/" + s.programme;
        String exports = "/api/scoring/exports/counties/" + s.county + "/programmes/" + s.programme;
        s.publish();
        await(
                programme + "/results",
                admin,
                body -> JsonPath.read(body, "$.results.length()").equals(4)
                        && JsonPath.read(body, "$.results[?(@.name=='陈静')].onlinePoints")
                                .toString()
                                .equals("[60.0]"));
        fillInSheet(s, programme + "/schools/s1", schoolAdmin);
        await(programme + "/results", admin, body -> JsonPath.read(body, "$.results[?(@.name=='王芳')].schoolPoints")
                .toString()
                .equals("[38.8]"));

        MockHttpServletResponse provisional = get(exports + "/results", admin);
        assertThat(provisional.getStatus()).isEqualTo(200);
        assertThat(provisional.getContentType()).isEqualTo(XLSX);
        assertThat(fileName(provisional)).isEqualTo(PROGRAMME_NAME + "-培训结果.xlsx");
        Map<String, List<List<String>>> book = XlsxReading.read(provisional.getContentAsByteArray());
        assertThat(book.keySet()).containsExactlyInAnyOrder("汇总", FIRST, SECOND);
        List<List<String>> summary = book.get("汇总");
        assertThat(summary.get(0)).containsExactly("学校", "参训人数", "免修人数", "合格人数", "合格率", "平均分", "学时认定人数");
        assertThat(row(summary, FIRST)).containsExactly(FIRST, "2", "1", "1", "50.0%", "70.0", "1");
        assertThat(row(summary, SECOND)).containsExactly(SECOND, "1", "0", "1", "100.0%", "60.0", "1");
        assertThat(row(summary, "全县合计")).containsExactly("全县合计", "3", "1", "2", "66.7%", "66.6", "2");
        List<List<String>> first = book.get(FIRST);
        assertThat(first.get(0))
                .containsExactly(
                        "姓名", "身份证号", "学校", "队伍建设", "师德师风", "信息技术", "线上合计", "校本得分", "总分", "是否合格", "状态", "认定学时", "备注");
        assertThat(row(first, "李文"))
                .containsExactly(
                        "李文", s.masked("a"), FIRST, "18.0", "17.5", "19.0", "54.5", "32.6", "87.1", "合格", "临时", "36");
        assertThat(row(first, "王芳"))
                .containsExactly(
                        "王芳",
                        s.masked("b"),
                        FIRST,
                        "6.0",
                        "0.0",
                        "8.0",
                        "14.0",
                        "38.8",
                        "52.8",
                        "不合格",
                        "临时",
                        "0",
                        "师德师风缺交记0分");
        assertThat(row(first, "刘洋"))
                .containsExactly("刘洋", s.masked("x"), FIRST, "", "", "", "", "", "", "免修", "临时", "0", "免修：国培送教");
        assertThat(row(book.get(SECOND), "陈静"))
                .containsExactly(
                        "陈静",
                        s.masked("c"),
                        SECOND,
                        "20.0",
                        "20.0",
                        "20.0",
                        "60.0",
                        "0.0",
                        "60.0",
                        "合格",
                        "临时",
                        "36",
                        "学校已取消校本研修：逾期未提交计划或名册，校本研修按取消处理");
        assertThat(s.masked("a")).matches("\\d{6}\\*{8}\\d{4}");

        for (String path : List.of(exports + "/results", exports + "/hours")) {
            int allowed = path.endsWith("/results") ? 200 : 409;
            assertThat(get(path, official("o1", List.of("elsewhere", s.county.value())))
                            .getStatus())
                    .as(path)
                    .isEqualTo(allowed);
            assertThat(get(path, token("pa", null, null, "PLATFORM_ADMIN")).getStatus())
                    .as(path)
                    .isEqualTo(allowed);
            assertForbidden(path, official("o2", List.of("elsewhere")));
            assertForbidden(path, countyAdmin("other" + s.county));
            assertForbidden(path, token("g1", s.county.value(), null, "COUNTY_GRADER"));
            assertForbidden(path, schoolAdmin);
            assertForbidden(path, teacher("t1", s.county.value(), "s1"));
        }
        MockHttpServletResponse unknown =
                get("/api/scoring/exports/counties/" + s.county + "/programmes/nope" + s.county + "/results", admin);
        assertProblem(unknown, 404, "未找到研修项目（编号 nope" + s.county + "）");
        assertProblem(get(exports + "/hours", admin), 409, "该研修项目的结果尚未确认，确认后才能导出学时认定名单");

        assertThat(post(programme + "/schools/s1/sheet/report", schoolAdmin, "").getStatus())
                .isEqualTo(200);
        await(programme + "/finalization", admin, body -> JsonPath.read(body, "$.missing.length()")
                .equals(0));
        String done = body(post(programme + "/finalization", admin, "{}"));
        assertThat(JsonPath.read(done, "$.state").toString()).isEqualTo("COMPLETED");
        String certifiedOn = OffsetDateTime.parse(JsonPath.read(done, "$.startedAt"))
                .atZoneSameInstant(ZoneId.of("Asia/Shanghai"))
                .toLocalDate()
                .toString();
        String results = await(programme + "/results", admin, body -> "FINAL".equals(JsonPath.read(body, "$.status")));
        String codeOfA = JsonPath.<List<String>>read(results, "$.results[?(@.name=='李文')].certificateCode")
                .get(0);
        String codeOfC = JsonPath.<List<String>>read(results, "$.results[?(@.name=='陈静')].certificateCode")
                .get(0);

        MockHttpServletResponse hours = get(exports + "/hours", official("o1", List.of(s.county.value())));
        assertThat(hours.getStatus()).isEqualTo(200);
        assertThat(fileName(hours)).isEqualTo(PROGRAMME_NAME + "-学时认定名单.xlsx");
        List<List<String>> list =
                XlsxReading.read(hours.getContentAsByteArray()).get("学时认定名单");
        assertThat(list.get(0)).containsExactly("序号", "姓名", "身份证号", "学校", "培训项目", "认定学时", "证书编号", "认定日期");
        assertThat(list).hasSize(3); // 王芳 failed and 刘洋 was exempt: neither is credited 学时
        assertThat(list.subList(1, 3).stream().map(r -> r.get(0))).containsExactly("1", "2");
        assertThat(row(list, "李文").subList(1, 8))
                .containsExactly("李文", s.masked("a"), FIRST, PROGRAMME_NAME, "36", codeOfA, certifiedOn);
        assertThat(row(list, "陈静").subList(1, 8))
                .containsExactly("陈静", s.masked("c"), SECOND, PROGRAMME_NAME, "36", codeOfC, certifiedOn);

        Map<String, List<List<String>>> last =
                XlsxReading.read(get(exports + "/results", admin).getContentAsByteArray());
        assertThat(row(last.get(FIRST), "李文").get(10)).isEqualTo("已定");
        assertThat(row(last.get("汇总"), "结果状态：已定（县级已确认）")).isNotEmpty();
    }

    /** Attendance for the three activities, then ka's and kb's entries: 81.5 of 100 → 32.6, and 97 → 38.8. */
    private void fillInSheet(ExportStory s, String school, RequestPostProcessor admin) throws Exception {
        String a = s.key("a");
        String b = s.key("b");
        await(school + "/sheet", admin, body -> body.contains(a) && body.contains(b));
        String attendance = """
                {"activities":[{"number":1,"present":["A","B"]},{"number":2,"present":["A","B"]},
                               {"number":3,"present":["A","B"]}]}""";
        String rows = """
                {"rows":[{"teacherKey":"A","inputs":{"politics":{"count":2},"ethics":{"counts":{"较轻":1}},
                  "lesson":{"choice":"二档"},"oneLesson":{"choice":"一级"},"classAward":{"counts":{"先进班级":3}},
                  "reading":{"points":12.5}}},
                 {"teacherKey":"B","inputs":{"politics":{"count":0},"ethics":{"counts":{}},
                  "lesson":{"choice":"一档"},"oneLesson":{"choice":"一级"},
                  "classAward":{"counts":{"先进班级":1,"联合体出课":1}},"reading":{"points":15}}}]}""";
        assertThat(put(school + "/attendance/activities", admin, keys(attendance, a, b))
                        .getStatus())
                .isEqualTo(200);
        assertThat(put(school + "/sheet/rows", admin, keys(rows, a, b)).getStatus())
                .isEqualTo(200);
    }

    private static String keys(String json, String a, String b) {
        return json.replace("\"A\"", "\"" + a + "\"").replace("\"B\"", "\"" + b + "\"");
    }

    private void assertForbidden(String path, RequestPostProcessor who) throws Exception {
        assertProblem(get(path, who), 403, null);
    }

    private static void assertProblem(MockHttpServletResponse response, int status, String detail) throws Exception {
        assertThat(response.getStatus()).as(body(response)).isEqualTo(status);
        assertThat(response.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        String shown = JsonPath.read(body(response), "$.detail");
        if (detail != null) {
            assertThat(shown).isEqualTo(detail);
        }
        assertThat(shown).matches(".*\\p{IsHan}.*");
    }

    /** The name from {@code filename*=UTF-8''…}, the RFC 5987 form. */
    private static String fileName(MockHttpServletResponse response) {
        String disposition = response.getHeader("Content-Disposition");
        assertThat(disposition).startsWith("attachment; ").contains("filename*=UTF-8''");
        String encoded = disposition.substring(disposition.indexOf("filename*=UTF-8''") + 17);
        return URLDecoder.decode(encoded, StandardCharsets.UTF_8);
    }

    private static List<String> row(List<List<String>> sheet, String first) {
        return sheet.stream()
                .filter(r -> !r.isEmpty() && r.get(0).equals(first)
                        || r.size() > 1 && r.get(1).equals(first))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no row " + first + " in " + sheet));
    }

    private String await(String path, RequestPostProcessor who, Predicate<String> ready) throws Exception {
        long deadline = System.nanoTime() + 30_000_000_000L;
        String last = "";
        while (System.nanoTime() < deadline) {
            MockHttpServletResponse response = get(path, who);
            last = response.getStatus() + " " + body(response);
            if (response.getStatus() == 200 && ready.test(body(response))) {
                return body(response);
            }
            Thread.sleep(100);
        }
        throw new AssertionError("never ready: " + path + " → " + last);
    }

    private MockHttpServletResponse get(String path, RequestPostProcessor who) throws Exception {
        return perform(MockMvcRequestBuilders.get(path), who);
    }

    private MockHttpServletResponse post(String path, RequestPostProcessor who, String json) throws Exception {
        return perform(
                MockMvcRequestBuilders.post(path)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json),
                who);
    }

    private MockHttpServletResponse put(String path, RequestPostProcessor who, String json) throws Exception {
        return perform(
                MockMvcRequestBuilders.put(path)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json),
                who);
    }

    private MockHttpServletResponse perform(MockHttpServletRequestBuilder request, RequestPostProcessor who)
            throws Exception {
        return mvc.perform(request.with(who)).andReturn().getResponse();
    }

    private static String body(MockHttpServletResponse response) throws Exception {
        return response.getContentAsString(StandardCharsets.UTF_8);
    }
}
