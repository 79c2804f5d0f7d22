package cn.wangben.plan.enrollment;

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
import cn.wangben.testinfra.MutableClock;
import cn.wangben.testinfra.WangbenIntegrationTest;
import java.io.InputStream;
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
