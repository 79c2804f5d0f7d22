package cn.wangben.plan.roster;

import static cn.wangben.testinfra.TestTokens.countyAdmin;
import static cn.wangben.testinfra.TestTokens.teacher;
import static cn.wangben.testinfra.TestTokens.token;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.wangben.contracts.Topics;
import cn.wangben.testinfra.EventFixtures;
import cn.wangben.testinfra.WangbenIntegrationTest;
import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.bson.Document;
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
class RosterUploadIT {
    static final RequestPostProcessor SHIYAN_ADMIN = token("sa-shiyan", "qingshan", "qs-shiyan", "SCHOOL_ADMIN");
    static final RequestPostProcessor YOUER_ADMIN = token("sa-youer", "qingshan", "qs-youer", "SCHOOL_ADMIN");
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String MASKED_ID = "\\d{6}\\*{8}\\d{3}[\\dX]";

    @Autowired
    MockMvc mvc;

    @Autowired
    EventFixtures events;

    @Autowired
    MongoTemplate mongo;

    String programmeId;

    @BeforeEach
    void publishProgramme() throws Exception {
        programmeId = cn.wangben.plan.ProgrammeFixtures.publish(mvc);
    }

    @Test
    void cleanWorkbookIsImportedAndPublishedAsOneBatchThenTheSummary() throws Exception {
        String rosterId = body(upload(SHIYAN_ADMIN, "unusual-order.xlsx", false)
                        .andExpect(status().isCreated())
                        .andExpect(jsonPath("$.teachers").value(3))
                        .andExpect(jsonPath("$.batches").value(1))
                        .andExpect(jsonPath("$.rejectedRows").value(0))
                        .andExpect(jsonPath("$.status").value("IMPORTED"))
                        .andExpect(jsonPath("$.reportId").doesNotExist())
                        .andExpect(jsonPath("$.by").value("sa-shiyan")))
                .read("$.rosterId");

        assertThat(events.countOn(Topics.ROSTERS, rosterId)).isEqualTo(2);
        String mine = mvc.perform(get(mineUrl()).with(SHIYAN_ADMIN).param("size", "2"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.roster.rosterId").value(rosterId))
                .andExpect(jsonPath("$.total").value(3))
                .andExpect(jsonPath("$.teachers.length()").value(2))
                .andExpect(jsonPath("$.teachers[0].name").value("何静"))
                .andExpect(jsonPath("$.teachers[0].row").value(2))
                .andExpect(jsonPath("$.teachers[0].maskedPhone").value("139****2222"))
                .andExpect(jsonPath("$.teachers[*].maskedIdNumber", everyItem(matchesPattern(MASKED_ID))))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(mine).doesNotContain("13911112222", "sealed", "teacherKey");
        mvc.perform(get(mineUrl()).with(SHIYAN_ADMIN).param("page", "1").param("size", "2"))
                .andExpect(jsonPath("$.teachers.length()").value(1))
                .andExpect(jsonPath("$.teachers[0].name").value("高强"));
        mvc.perform(get("/api/plan/programmes/" + programmeId + "/rosters").with(countyAdmin("qingshan")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].schoolId").value("qs-shiyan"))
                .andExpect(jsonPath("$[0].teachers").value(3));

        Document stored = mongo.getCollection("roster_teachers")
                .find(new Document("rosterId", rosterId).append("row", 2))
                .first();
        assertThat(stored.getString("maskedIdNumber")).matches(MASKED_ID);
        assertThat(stored.getString("teacherKey")).hasSize(64);
        assertThat(stored.toJson()).doesNotContain("13911112222", "99020019800115011");
    }

    @Test
    void aNewImportSupersedesTheSchoolsPreviousOne() throws Exception {
        String first = body(upload(SHIYAN_ADMIN, "unusual-order.xlsx", false).andExpect(status().isCreated()))
                .read("$.rosterId");
        String second = body(upload(SHIYAN_ADMIN, "gbk.csv", false).andExpect(status().isCreated()))
                .read("$.rosterId");

        mvc.perform(get(mineUrl()).with(SHIYAN_ADMIN))
                .andExpect(jsonPath("$.roster.rosterId").value(second))
                .andExpect(jsonPath("$.teachers[0].name").value("马丽"))
                .andExpect(jsonPath("$.teachers[0].title").value("一级教师,班主任"));
        mvc.perform(get("/api/plan/programmes/" + programmeId + "/rosters").with(countyAdmin("qingshan")))
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].rosterId").value(second));
        assertThat(mongo.getCollection("roster_teachers").countDocuments(new Document("rosterId", first)))
                .isZero();
        assertThat(mongo.getCollection("rosters")
                        .find(new Document("_id", first))
                        .first())
                .containsEntry("status", "SUPERSEDED");
        // the superseded teachers are no longer registered: another school may now enrol them
        upload(YOUER_ADMIN, "unusual-order.xlsx", false).andExpect(status().isCreated());
    }

    @Test
    void messyWorkbookIsRejectedWithRowErrorsAndADownloadableReportAndNothingStored() throws Exception {
        String reportId = body(upload(SHIYAN_ADMIN, "messy.xlsx", false)
                        .andExpect(status().isUnprocessableContent())
                        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                        .andExpect(jsonPath("$.type").value("urn:wangben:problem:roster-rejected"))
                        .andExpect(jsonPath("$.detail", containsString("9 行")))
                        .andExpect(jsonPath("$.rejectedRows").value(9))
                        .andExpect(jsonPath("$.errors[0].row").value(5))
                        .andExpect(jsonPath("$.errors[0].column").value("身份证号码"))
                        .andExpect(jsonPath("$.errors[0].problem").isNotEmpty()))
                .read("$.reportId");

        mvc.perform(get(mineUrl()).with(SHIYAN_ADMIN)).andExpect(status().isNotFound());
        assertThat(mongo.getCollection("roster_teachers").countDocuments(new Document("programmeId", programmeId)))
                .isZero();
        assertThat(mongo.getCollection("roster_batches").countDocuments(new Document("programmeId", programmeId)))
                .isZero();
        byte[] report = mvc.perform(get(reportUrl(reportId)).with(SHIYAN_ADMIN))
                .andExpect(status().isOk())
                .andExpect(content().contentType(XLSX))
                .andExpect(header().string("Content-Disposition", containsString("filename*=UTF-8''")))
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(report))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("行号");
            Row first = sheet.getRow(1);
            assertThat(first.getCell(0).getNumericCellValue()).isEqualTo(5);
            assertThat(first.getCell(1).getStringCellValue()).isEqualTo("身份证号码");
        }
        mvc.perform(get(reportUrl(reportId)).with(YOUER_ADMIN)).andExpect(status().isNotFound());
        mvc.perform(get(reportUrl(reportId)).with(teacher("t-1", "qingshan", "qs-shiyan")))
                .andExpect(status().isForbidden());
    }

    @Test
    void validRowsAreImportedWhenTheAdminAcceptsThem() throws Exception {
        String reportId = body(upload(SHIYAN_ADMIN, "messy.xlsx", true)
                        .andExpect(status().isCreated())
                        .andExpect(jsonPath("$.teachers").value(3))
                        .andExpect(jsonPath("$.rejectedRows").value(9))
                        .andExpect(jsonPath("$.reportId").isNotEmpty()))
                .read("$.reportId");

        mvc.perform(get(reportUrl(reportId)).with(SHIYAN_ADMIN)).andExpect(status().isOk());
        mvc.perform(get(mineUrl()).with(SHIYAN_ADMIN))
                .andExpect(jsonPath("$.roster.rejectedRows").value(9))
                .andExpect(jsonPath("$.teachers[0].name").value("赵六"))
                .andExpect(jsonPath("$.teachers[0].maskedIdNumber").value("990101********029X"));
    }

    @Test
    void teachersRegisteredByAnotherSchoolOfTheCountyAreReported() throws Exception {
        upload(SHIYAN_ADMIN, "unusual-order.xlsx", false).andExpect(status().isCreated());

        upload(YOUER_ADMIN, "unusual-order.xlsx", false)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors.length()").value(3))
                .andExpect(jsonPath("$.errors[*].problem", everyItem(containsString("其他学校"))))
                .andExpect(jsonPath("$.errors[*].column", everyItem(containsString("身份证"))));
        upload(YOUER_ADMIN, "gbk.csv", false).andExpect(status().isCreated());
    }

    @Test
    void onlyTheSchoolsAdminReadsItsRosterAndOnlyTheCountyListsThem() throws Exception {
        upload(SHIYAN_ADMIN, "gbk.csv", false).andExpect(status().isCreated());

        mvc.perform(get(mineUrl()).with(teacher("t-1", "qingshan", "qs-shiyan")))
                .andExpect(status().isForbidden());
        mvc.perform(get(mineUrl()).with(YOUER_ADMIN)).andExpect(status().isNotFound());
        upload(teacher("t-1", "qingshan", "qs-shiyan"), "gbk.csv", false).andExpect(status().isForbidden());
        mvc.perform(get(mineUrl()).with(token("sa-other", "baishui", "bs-shiyan", "SCHOOL_ADMIN")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/plan/programmes/" + programmeId + "/rosters").with(SHIYAN_ADMIN))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/plan/programmes/" + programmeId + "/rosters").with(countyAdmin("baishui")))
                .andExpect(status().isNotFound());
        mvc.perform(get(mineUrl()).with(SHIYAN_ADMIN).param("size", "201")).andExpect(status().isBadRequest());
    }

    @Test
    void aFileThatIsNoSpreadsheetIsAProblem() throws Exception {
        upload(SHIYAN_ADMIN, "roster.png", false)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("urn:wangben:problem:roster-unreadable"))
                .andExpect(jsonPath("$.field").value("file"))
                .andExpect(jsonPath("$.detail", containsString("文件不是表格")));
        mvc.perform(get(mineUrl()).with(SHIYAN_ADMIN)).andExpect(status().isNotFound());
    }

    @Test
    void aRosterNeedsAPublishedProgrammeOfTheCallersCounty() throws Exception {
        upload(token("sa-other", "baishui", "bs-shiyan", "SCHOOL_ADMIN"), "gbk.csv", false)
                .andExpect(status().isNotFound());
        String draft = JsonPath.read(
                mvc.perform(post("/api/plan/programmes")
                                .with(countyAdmin("qingshan"))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("""
                                        {"name":"草稿项目","periodStart":"2026-12-05","periodEnd":"2026-12-31",
                                         "enrollmentCutoff":"2026-12-09T00:00:00+08:00"}"""))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8),
                "$.id");
        mvc.perform(multipart("/api/plan/programmes/" + draft + "/rosters/mine")
                        .file(file("gbk.csv"))
                        .with(SHIYAN_ADMIN))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:wangben:problem:programme-not-published"));
    }

    private ResultActions upload(RequestPostProcessor who, String name, boolean acceptValidRows) throws Exception {
        var request = multipart(mineUrl()).file(file(name)).with(who);
        if (acceptValidRows) {
            request.param("acceptValidRows", "true");
        }
        return mvc.perform(request);
    }

    private static MockMultipartFile file(String name) throws Exception {
        byte[] bytes = new ClassPathResource("rosters/" + name).getContentAsByteArray();
        return new MockMultipartFile("file", name, MediaType.APPLICATION_OCTET_STREAM_VALUE, bytes);
    }

    private static com.jayway.jsonpath.DocumentContext body(ResultActions result) throws Exception {
        return JsonPath.parse(result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private String mineUrl() {
        return "/api/plan/programmes/" + programmeId + "/rosters/mine";
    }

    private String reportUrl(String reportId) {
        return "/api/plan/programmes/" + programmeId + "/rosters/reports/" + reportId;
    }
}
