package cn.wangben.plan.enrollment;

import static cn.wangben.testinfra.TestTokens.countyAdmin;
import static cn.wangben.testinfra.TestTokens.teacher;
import static cn.wangben.testinfra.TestTokens.token;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.wangben.contracts.EventCatalog;
import cn.wangben.contracts.Topics;
import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.EventId;
import cn.wangben.contracts.ids.ProgrammeId;
import cn.wangben.contracts.ids.SchoolId;
import cn.wangben.contracts.ids.TeacherId;
import cn.wangben.contracts.scoring.TraineeResultFinalized;
import cn.wangben.plan.ProgrammeFixtures;
import cn.wangben.roster.IdentityProtector;
import cn.wangben.testinfra.EventFixtures;
import cn.wangben.testinfra.MutableClock;
import cn.wangben.testinfra.WangbenIntegrationTest;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@WangbenIntegrationTest
@AutoConfigureMockMvc
@Import({EventFixtures.class, EnrollmentIT.Clocks.class})
class EnrollmentIT {
    /** The notice's enrollment cutoff, 12-08 24:00 Beijing time. */
    static final Instant CUTOFF = Instant.parse("2026-12-08T16:00:00Z");

    static final RequestPostProcessor SHIYAN_ADMIN = token("sa-shiyan", "qingshan", "qs-shiyan", "SCHOOL_ADMIN");

    @Autowired
    MockMvc mvc;

    @Autowired
    MutableClock clock;

    @Autowired
    EventFixtures events;

    @Autowired
    IdentityProtector protector;

    String programmeId;
    List<String> idNumbers;

    @BeforeEach
    void rosterIsImported() throws Exception {
        clock.set(Instant.parse("2026-12-01T00:00:00Z"));
        programmeId = ProgrammeFixtures.publish(mvc);
        byte[] file = new ClassPathResource("rosters/unusual-order.xlsx")
                .getInputStream()
                .readAllBytes();
        mvc.perform(multipart("/api/plan/programmes/" + programmeId + "/rosters/mine")
                        .file(new MockMultipartFile("file", "roster.xlsx", null, file))
                        .with(SHIYAN_ADMIN))
                .andExpect(status().isCreated());
        idNumbers = idNumbersIn("rosters/unusual-order.xlsx");
    }

    @Test
    void aRosteredTeacherEnrollsOneMillisecondBeforeTheCutoffAndOnlyOnce() throws Exception {
        clock.set(CUTOFF.minusMillis(1));
        String typed = " " + idNumbers.get(0).toLowerCase() + " "; // as people type it

        enroll(teacher("t-li", "qingshan", "qs-shiyan"), typed)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.enrolledAt").value("2026-12-08T23:59:59.999+08:00"))
                .andExpect(jsonPath("$.maskedIdNumber").value(org.hamcrest.Matchers.containsString("****")));
        enroll(teacher("t-li", "qingshan", "qs-shiyan"), typed).andExpect(status().isOk());
        enroll(teacher("t-impostor", "qingshan", "qs-shiyan"), typed).andExpect(status().isConflict());
        mvc.perform(get("/api/plan/programmes/" + programmeId + "/enrollment/mine")
                        .with(teacher("t-li", "qingshan", "qs-shiyan")))
                .andExpect(status().isOk());

        assertThat(events.countOn(Topics.TRAINEES, "\"programmeId\":\"" + programmeId + "\""))
                .isEqualTo(1);
    }

    @Test
    void aTeacherIsRefusedOneMillisecondAfterTheCutoffAndAtTheCutoffItself() throws Exception {
        clock.set(CUTOFF.plusMillis(1));
        enroll(teacher("t-wang", "qingshan", "qs-shiyan"), idNumbers.get(1))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("urn:wangben:problem:enrollment-closed"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("2026年12月8日 24:00")));

        clock.set(CUTOFF);
        enroll(teacher("t-wang", "qingshan", "qs-shiyan"), idNumbers.get(1))
                .andExpect(status().isUnprocessableContent());
    }

    @Test
    void onlyTheTeachersOwnSchoolRosterCounts() throws Exception {
        clock.set(CUTOFF.minusSeconds(60));

        enroll(teacher("t-chen", "qingshan", "qs-youer"), idNumbers.get(2))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.field").value("idNumber"))
                .andExpect(jsonPath("$.detail")
                        .value(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(idNumbers.get(2)))));
        enroll(teacher("t-chen", "qingshan", "qs-shiyan"), "").andExpect(status().isUnprocessableContent());
        enroll(SHIYAN_ADMIN, idNumbers.get(2)).andExpect(status().isForbidden());
        enroll(teacher("t-he", "yunshui", "ys-zhongxue"), idNumbers.get(2)).andExpect(status().isNotFound());
    }

    @Test
    void aTeacherWhoseRecordReachesTheCycleTargetIsOfferedExemptionAndResultsCountOnce() throws Exception {
        clock.set(CUTOFF.minusSeconds(3600));
        String id = idNumbers.get(0);
        RequestPostProcessor teacher = teacher("t-zhao", "qingshan", "qs-shiyan");
        mvc.perform(post("/api/plan/counties/qingshan/hours")
                        .with(countyAdmin("qingshan"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"idNumber\":\"" + id + "\",\"hours\":324,\"title\":\"2022-2025年度继续教育\","
                                + "\"evidence\":\"继续教育证书 JX-2025-0081\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.total").value(324));
        enroll(teacher, id)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.exemptionOffer").doesNotExist());

        TraineeResultFinalized result = new TraineeResultFinalized(
                EventId.random(),
                CountyId.of("qingshan"),
                CUTOFF,
                ProgrammeId.of("earlier-" + programmeId),
                SchoolId.of("qs-shiyan"),
                protector.hashTypedId(id),
                TeacherId.of("t-zhao"),
                "赵老师",
                new BigDecimal("50.0"),
                new BigDecimal("36.0"),
                new BigDecimal("86.0"),
                true,
                false,
                36,
                "C-1");
        events.publish(EventCatalog.TRAINEE_RESULT_FINALIZED, result);
        events.publish(EventCatalog.TRAINEE_RESULT_FINALIZED, result); // redelivered
        events.publish(
                EventCatalog.TRAINEE_RESULT_FINALIZED,
                new TraineeResultFinalized( // finalized again
                        EventId.random(),
                        result.countyId(),
                        CUTOFF,
                        result.programmeId(),
                        result.schoolId(),
                        result.teacherKey(),
                        result.teacherId(),
                        result.name(),
                        result.onlinePoints(),
                        result.schoolPoints(),
                        result.totalPoints(),
                        true,
                        false,
                        36,
                        "C-1"));

        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(30).toNanos();
        String hours = "";
        while (!hours.contains("\"total\":360") && System.nanoTime() < deadline) {
            Thread.sleep(50); // waiting for the consumer, not for the clock under test
            hours = mvc.perform(get("/api/plan/programmes/" + programmeId + "/hours/mine")
                            .with(teacher))
                    .andReturn()
                    .getResponse()
                    .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        }
        Thread.sleep(500); // a late duplicate would show up now
        mvc.perform(get("/api/plan/programmes/" + programmeId + "/hours/mine").with(teacher))
                .andExpect(jsonPath("$.total").value(360))
                .andExpect(jsonPath("$.entries.length()").value(2))
                .andExpect(jsonPath("$.exemptionOffer.category").value("已满周期学时"));
        mvc.perform(get("/api/plan/programmes/" + programmeId + "/enrollment/mine")
                        .with(teacher))
                .andExpect(jsonPath("$.exemptionOffer.heldHours").value(360))
                .andExpect(jsonPath("$.exemptionOffer.targetHours").value(360));

        mvc.perform(post("/api/plan/counties/qingshan/hours")
                        .with(countyAdmin("yunshui"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"idNumber\":\"" + id + "\",\"hours\":36,\"title\":\"x\",\"evidence\":\"y\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/plan/counties/qingshan/hours")
                        .with(countyAdmin("qingshan"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"idNumber\":\"" + id + "\",\"hours\":-1,\"title\":\"x\",\"evidence\":\"y\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.field").value("hours"));
    }

    private ResultActions enroll(RequestPostProcessor who, String idNumber) throws Exception {
        return mvc.perform(post("/api/plan/programmes/" + programmeId + "/enrollment/mine")
                .with(who)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"idNumber\":\"" + idNumber + "\"}"));
    }

    /** The ID numbers of the roster file, read the way a teacher would read them off the sheet. */
    private static List<String> idNumbersIn(String resource) throws Exception {
        List<String> ids = new ArrayList<>();
        try (InputStream in = new ClassPathResource(resource).getInputStream();
                XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter format = new DataFormatter();
            int column = -1;
            for (Row row : sheet) {
                for (int c = 0; c < row.getLastCellNum(); c++) {
                    String text = format.formatCellValue(row.getCell(c)).trim();
                    if (column < 0 && text.startsWith("身份证")) {
                        column = c;
                    } else if (c == column && text.length() == 18) {
                        ids.add(text);
                    }
                }
            }
        }
        return ids;
    }

    @TestConfiguration
    static class Clocks {
        @Bean
        MutableClock clock() {
            return new MutableClock(Instant.parse("2026-12-01T00:00:00Z"), ZoneId.of("Asia/Shanghai"));
        }
    }
}
