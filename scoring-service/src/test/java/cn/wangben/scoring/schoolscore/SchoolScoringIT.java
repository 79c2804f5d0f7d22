package cn.wangben.scoring.schoolscore;

import static cn.wangben.scoring.schoolscore.Api.body;
import static cn.wangben.testinfra.TestTokens.countyAdmin;
import static cn.wangben.testinfra.TestTokens.teacher;
import static cn.wangben.testinfra.TestTokens.token;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import cn.wangben.testinfra.EventFixtures;
import cn.wangben.testinfra.WangbenIntegrationTest;
import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The whole school part of one school, built from plan-service's events: roster (a later import supersedes an older
 * one arriving late), enrollment, exemption; then attendance, the sheet filled in by grid and by workbook, the report
 * that locks it, and corrections refused without and applied with the county's approval.
 */
@WangbenIntegrationTest
@AutoConfigureMockMvc
@Import(EventFixtures.class)
class SchoolScoringIT {
    @Autowired
    MockMvc mvc;

    @Autowired
    EventFixtures events;

    @Test
    void aSchoolRecordsAttendanceScoresByGridAndWorkbookReportsAndCorrectsOnlyWithTheCountysApproval()
            throws Exception {
        String county = "c" + System.nanoTime();
        SchoolEvents plan = new SchoolEvents(events, county, events.publishProgramme(county));
        Api api = new Api(mvc, plan.programme.value());
        RequestPostProcessor admin = token("admin-s1", county, "s1", "SCHOOL_ADMIN");
        plan.approvePlan("s1");
        plan.roster(
                "s1",
                "r2",
                Instant.parse("2026-12-12T10:00:00Z"),
                SchoolFixtures.teacher("ka", "李文"),
                SchoolFixtures.teacher("kb", "王芳"),
                SchoolFixtures.teacher("kd", "赵敏"));
        plan.roster(
                "s1",
                "r1",
                Instant.parse("2026-12-11T10:00:00Z"), // an older import, arriving late
                SchoolFixtures.teacher("ka", "李文"),
                SchoolFixtures.teacher("kc", "张伟"));
        plan.enroll("s1", "ka", "t-a" + county);
        plan.exempt("s1", "kd");

        String grid = api.await(
                api.school("s1") + "/sheet",
                admin,
                body -> keys(body).equals(List.of("ka", "kb"))
                        && Boolean.TRUE.equals(JsonPath.read(body, "$.rows[0].enrolled")));
        assertThat((List<String>) JsonPath.read(grid, "$.columns[*].input"))
                .containsExactly("ATTENDANCE", "COUNT", "COUNTS", "CHOICE", "CHOICE", "COUNTS", "POINTS");
        assertThat(JsonPath.read(grid, "$.status").toString()).isEqualTo("NOT_STARTED");

        MockHttpServletResponse attendance = api.put(api.school("s1") + "/attendance/activities", admin, """
                {"activities":[{"number":1,"present":["ka","kb"]},{"number":2,"present":["kb"]},
                               {"number":3,"present":["ka","kb"]}]}""");
        assertThat(attendance.getStatus()).isEqualTo(200);
        assertThat((List<Integer>) JsonPath.read(body(attendance), "$.trainees[0].attended"))
                .containsExactly(1, 3);

        MockHttpServletResponse rows = api.put(api.school("s1") + "/sheet/rows", admin, """
                {"rows":[{"teacherKey":"kb","inputs":{"politics":{"count":0},"ethics":{"counts":{}},
                  "lesson":{"choice":"一档"},"oneLesson":{"choice":"一级"},
                  "classAward":{"counts":{"先进班级":1,"联合体出课":1}},"reading":{"points":15}}}]}""");
        assertThat(rows.getStatus()).isEqualTo(200);
        assertThat(score(body(rows), "kb")).isEqualTo("38.8"); // 97 of 100 → 38.8 of 40

        byte[] template = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(
                                api.school("s1") + "/sheet/xlsx")
                        .with(admin))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        MockHttpServletResponse refused = upload(api, admin, fillIn(template, "四档"));
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat((List<String>) JsonPath.read(body(refused), "$.errors[*].field"))
                .containsExactly("G2");
        assertThat((List<String>) JsonPath.read(body(refused), "$.errors[*].message"))
                .containsExactly("第2行（李文） G列“新教师汇报课”：没有名为“四档”的档次");
        assertThat((Boolean) JsonPath.read(body(api.get(api.school("s1") + "/sheet", admin)), "$.rows[0].complete"))
                .isFalse(); // nothing of the refused workbook was stored

        MockHttpServletResponse uploaded = upload(api, admin, fillIn(template, "二档"));
        assertThat(uploaded.getStatus()).as(body(uploaded)).isEqualTo(200);
        assertThat(score(body(uploaded), "ka")).isEqualTo("29.9"); // 74.8 of 100 → 29.92 → 29.9
        assertThat(JsonPath.read(body(uploaded), "$.rows[0].rawTotal").toString())
                .isEqualTo("74.8");

        RequestPostProcessor teacherA = teacher("t-a" + county, county, "s1");
        assertThat(api.get("/api/scoring/programmes/" + plan.programme + "/school-part", teacherA)
                        .getStatus())
                .isEqualTo(409);
        MockHttpServletResponse reported = api.post(api.school("s1") + "/sheet/report", admin, "");
        assertThat(reported.getStatus()).as(body(reported)).isEqualTo(200);
        assertThat(JsonPath.read(body(reported), "$.status").toString()).isEqualTo("REPORTED");

        MockHttpServletResponse locked = api.put(
                api.school("s1") + "/sheet/rows",
                admin,
                "{\"rows\":[{\"teacherKey\":\"ka\",\"inputs\":{\"lesson\":{\"choice\":\"一档\"}}}]}");
        assertThat(locked.getStatus()).isEqualTo(409);
        assertThat(JsonPath.read(body(locked), "$.detail").toString())
                .contains("上报县（区）并锁定")
                .contains("请提交更正申请");

        String correction =
                "{\"teacherKey\":\"ka\",\"inputs\":{\"lesson\":{\"choice\":\"一档\"}},\"reason\":\"汇报课复评为一档\"}";
        String first = body(api.post(api.school("s1") + "/sheet/corrections", admin, correction));
        assertThat(JsonPath.read(first, "$.status").toString()).isEqualTo("PENDING");
        assertThat(score(body(api.get(api.school("s1") + "/sheet", admin)), "ka"))
                .isEqualTo("29.9");
        assertThat(api.post(
                                api.school("s1") + "/sheet/corrections/" + JsonPath.read(first, "$.id") + "/approve",
                                admin,
                                "{}")
                        .getStatus())
                .isEqualTo(403);
        MockHttpServletResponse rejected = api.post(
                api.school("s1") + "/sheet/corrections/" + JsonPath.read(first, "$.id") + "/reject",
                countyAdmin(county),
                "{\"comment\":\"请附复评记录\"}");
        assertThat(JsonPath.read(body(rejected), "$.status").toString()).isEqualTo("REJECTED");
        assertThat(score(body(api.get(api.school("s1") + "/sheet", admin)), "ka"))
                .isEqualTo("29.9");

        String second = body(api.post(api.school("s1") + "/sheet/corrections", admin, correction));
        MockHttpServletResponse approved = api.post(
                api.school("s1") + "/sheet/corrections/" + JsonPath.read(second, "$.id") + "/approve",
                countyAdmin(county),
                "{\"comment\":\"同意\"}");
        assertThat(approved.getStatus()).isEqualTo(200);
        String audit = body(approved);
        assertThat(JsonPath.read(audit, "$.requestedBy").toString()).isEqualTo("admin-s1");
        assertThat(JsonPath.read(audit, "$.decidedBy").toString()).isEqualTo("admin-" + county);
        assertThat(JsonPath.read(audit, "$.decidedAt").toString()).isNotBlank();
        assertThat(JsonPath.read(audit, "$.before.inputs.lesson.choice").toString())
                .isEqualTo("二档");
        assertThat(JsonPath.read(audit, "$.after.inputs.lesson.choice").toString())
                .isEqualTo("一档");
        assertThat(JsonPath.read(audit, "$.before.schoolScore").toString()).isEqualTo("29.9");
        assertThat(JsonPath.read(audit, "$.after.rawTotal").toString()).isEqualTo("79.8");
        assertThat(JsonPath.read(audit, "$.after.schoolScore").toString()).isEqualTo("31.9"); // 79.8 → 31.92 → 31.9
        assertThat(score(body(api.get(api.school("s1") + "/sheet", countyAdmin(county))), "ka"))
                .isEqualTo("31.9");
        assertThat((List<String>) JsonPath.read(
                        body(api.get(api.school("s1") + "/sheet/corrections", countyAdmin(county))), "$[*].status"))
                .containsExactly("REJECTED", "APPROVED");

        String mine = body(api.get("/api/scoring/programmes/" + plan.programme + "/school-part", teacherA));
        assertThat(JsonPath.read(mine, "$.points").toString()).isEqualTo("31.9");
        assertThat(JsonPath.read(mine, "$.status").toString()).isEqualTo("REPORTED");
        assertThat((List<String>) JsonPath.read(body(api.get(api.sheets(), countyAdmin(county))), "$[*].status"))
                .containsExactly("REPORTED");
    }

    private MockHttpServletResponse upload(Api api, RequestPostProcessor admin, byte[] workbook) throws Exception {
        return mvc.perform(multipart(api.school("s1") + "/sheet/xlsx")
                        .file(new MockMultipartFile("file", "成绩表.xlsx", "application/octet-stream", workbook))
                        .with(admin))
                .andReturn()
                .getResponse();
    }

    /** The downloaded template with 李文's row filled in, as a school would in Excel. */
    private static byte[] fillIn(byte[] template, String lessonTier) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.getSheet("校本研修成绩表");
            Row header = sheet.getRow(0);
            Row li = sheet.getRow(1);
            assertThat(li.getCell(0).getStringCellValue()).isEqualTo("李文");
            set(header, li, "学习十九大精神（10分，每次扣1分）次数", 2);
            set(header, li, "师德师风（10分）较轻次数", 1);
            li.createCell(column(header, "新教师汇报课（20分）")).setCellValue(lessonTier);
            li.createCell(column(header, "一师一优课（15分）")).setCellValue("一级");
            set(header, li, "班级管理（10分）先进班级次数", 3);
            set(header, li, "读书交流会（15分）", 12.5);
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static void set(Row header, Row row, String column, double value) {
        row.createCell(column(header, column)).setCellValue(value);
    }

    private static int column(Row header, String text) {
        for (int c = 0; c < header.getLastCellNum(); c++) {
            if (header.getCell(c).getStringCellValue().equals(text)) {
                return c;
            }
        }
        throw new AssertionError("no column " + text);
    }

    private static List<String> keys(String grid) {
        return JsonPath.read(grid, "$.rows[*].teacherKey");
    }

    private static String score(String grid, String teacherKey) {
        List<Object> scores = JsonPath.read(grid, "$.rows[?(@.teacherKey=='" + teacherKey + "')].schoolScore");
        return String.valueOf(scores.get(0));
    }
}
