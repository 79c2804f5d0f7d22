package cn.wangben.assignment.submission;

import static cn.wangben.testinfra.TestTokens.countyAdmin;
import static cn.wangben.testinfra.TestTokens.teacher;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.wangben.assignment.AssignmentIT;
import cn.wangben.assignment.BucketContents;
import cn.wangben.assignment.Scenario;
import cn.wangben.assignment.document.FixtureFileGenerator;
import cn.wangben.contracts.Topics;
import cn.wangben.testinfra.EventFixtures;
import cn.wangben.testinfra.MutableClock;
import com.jayway.jsonpath.JsonPath;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Essays as one file, through HTTP: each real test file gets its specified answer, and a refusal stores nothing. */
@AssignmentIT
class FileEssayIT {
    static final String SCHOOL = "qs-shiyan";

    @Autowired
    MockMvc mvc;

    @Autowired
    MutableClock clock;

    @Autowired
    Scenario scenario;

    @Autowired
    BucketContents bucket;

    @Autowired
    EventFixtures events;

    @Autowired
    MongoTemplate mongo;

    Scenario.Module module;
    String teacherId;

    @BeforeEach
    void openModule() throws Exception {
        module = scenario.module();
        teacherId = Scenario.unique("t-file");
        clock.set(Scenario.DUE.minusSeconds(3600));
    }

    @Test
    void acceptsAWordEssayWithAVerifiableReceiptAndStoresItsTextForGrading() throws Exception {
        byte[] docx = resource("essays/essay.docx");
        clock.set(Scenario.DUE.minusMillis(1));

        String receipt = upload("essays/essay.docx", "我的规划.docx")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.format").value("DOCX"))
                .andExpect(jsonPath("$.filename").value("我的规划.docx"))
                .andExpect(jsonPath("$.bytes").value(docx.length))
                .andExpect(jsonPath("$.sha256").value(sha256(docx)))
                .andExpect(jsonPath("$.characters").value(characters(FixtureFileGenerator.ESSAY_TEXT)))
                .andExpect(jsonPath("$.receivedAt").value("2026-12-15T23:59:59.999+08:00"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        String submissionId = JsonPath.read(receipt, "$.submissionId");

        Document record = mongo.getCollection("submissions")
                .find(new Document("_id", submissionId))
                .first();
        assertThat(bucket.get(record.getString("objectKey"))).isEqualTo(docx);
        assertThat(record.getString("text")).contains(FixtureFileGenerator.ESSAY_TEXT);
        assertThat(bucket.keys("essays/" + Scenario.COUNTY + "/" + module.id() + "/"))
                .as("the file as received is the only object: its text is in the record")
                .containsExactly(record.getString("objectKey"));
        assertThat(record.getString("objectKey")).doesNotContain("我的规划").endsWith(submissionId + ".docx");
        mvc.perform(get("/api/assignments/submissions/" + submissionId + "/verification")
                        .with(teacher(teacherId, Scenario.COUNTY, SCHOOL)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.contentIntact").value(true))
                .andExpect(jsonPath("$.format").value("DOCX"));
        assertThat(events.countOn(Topics.SUBMISSIONS, submissionId)).isEqualTo(1);
    }

    @Test
    void acceptsPdfAndGb18030TextEssaysByTheirContent() throws Exception {
        upload("essays/essay.pdf", "essay.txt")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.format").value("PDF"))
                .andExpect(jsonPath("$.characters").value(characters(FixtureFileGenerator.PDF_TEXT)));
        upload("essays/essay-gb18030.txt", "规划.txt")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.format").value("TXT"))
                .andExpect(jsonPath("$.attempt").value(2))
                .andExpect(jsonPath("$.characters").value(characters(FixtureFileGenerator.ESSAY_TEXT)));
    }

    @ParameterizedTest(name = "{0} is refused as {1}")
    @CsvSource({
        "essays/encrypted.pdf, encrypted-pdf, 加密",
        "essays/zip-bomb.docx, unsafe-file, 压缩炸弹",
        "essays/entity-expansion.docx, unsafe-file, DTD",
        "essays/renamed-exe.docx, unsupported-file-type, 文件的实际类型是「Windows 可执行程序（.exe/.dll）」",
        "essays/empty.txt, empty-file, 空的",
        "materials/slides.pptx, unsupported-file-type, PowerPoint 演示文稿"
    })
    void refusesTheFileWithAChineseProblemAndStoresNothing(String file, String code, String detail) throws Exception {
        upload(file, "essay.docx")
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:wangben:problem:" + code))
                .andExpect(jsonPath("$.field").value("file"))
                .andExpect(jsonPath("$.detail").value(containsString(detail)));

        assertNothingStored();
    }

    @Test
    void refusesAnElevenMegabyteFileWith413AndStoresNothing() throws Exception {
        byte[] big = new byte[11 * 1024 * 1024];
        System.arraycopy("%PDF-1.7".getBytes(StandardCharsets.US_ASCII), 0, big, 0, 8);

        mvc.perform(multipart("/api/assignments/modules/" + module.id() + "/essays/files")
                        .file(new MockMultipartFile("file", "big.pdf", "application/pdf", big))
                        .with(teacher(teacherId, Scenario.COUNTY, SCHOOL)))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:wangben:problem:upload-too-large"))
                .andExpect(jsonPath("$.detail").value("文件大小为 11 MB，超过 10 MB 的上限，请压缩或删减后重新上传"));

        assertNothingStored();
    }

    @Test
    void refusesAFileOneMillisecondAfterTheCutoffAndRecordsTheAttempt() throws Exception {
        clock.set(Scenario.DUE.plusMillis(1));

        upload("essays/essay.docx", "essay.docx")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("urn:wangben:problem:deadline-passed"))
                .andExpect(jsonPath("$.detail").value(containsString("2026年12月15日 24:00（北京时间）截止")));

        assertThat(mongo.getCollection("refused_submissions")
                        .countDocuments(new Document("teacherId", teacherId)
                                .append("route", "file")
                                .append("reason", "LATE")))
                .isEqualTo(1);
        assertNothingStored();
    }

    @Test
    void onlyATeacherOfTheModulesCountyMaySubmitAFile() throws Exception {
        var file = new MockMultipartFile("file", "essay.docx", null, resource("essays/essay.docx"));
        String path = "/api/assignments/modules/" + module.id() + "/essays/files";

        mvc.perform(multipart(path).file(file).with(teacher(teacherId, "yunshui", "ys-zhongxue")))
                .andExpect(status().isNotFound());
        mvc.perform(multipart(path).file(file).with(countyAdmin(Scenario.COUNTY)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value("当前账号没有执行此操作的权限"));
        mvc.perform(multipart(path).with(teacher(teacherId, Scenario.COUNTY, SCHOOL)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("urn:wangben:problem:missing-file"));
        assertNothingStored();
    }

    private ResultActions upload(String resource, String filename) throws Exception {
        return mvc.perform(multipart("/api/assignments/modules/" + module.id() + "/essays/files")
                .file(new MockMultipartFile("file", filename, "application/octet-stream", resource(resource)))
                .with(teacher(teacherId, Scenario.COUNTY, SCHOOL)));
    }

    private void assertNothingStored() throws Exception {
        assertThat(mongo.getCollection("submissions").countDocuments(new Document("teacherId", teacherId)))
                .isZero();
        assertThat(bucket.keys("essays/" + Scenario.COUNTY + "/" + module.id() + "/"))
                .isEmpty();
    }

    static int characters(String text) {
        return (int) text.codePoints().filter(c -> !Character.isWhitespace(c)).count();
    }

    static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }

    static byte[] resource(String name) throws Exception {
        try (InputStream in = FileEssayIT.class.getResourceAsStream("/" + name)) {
            return in.readAllBytes();
        }
    }
}
