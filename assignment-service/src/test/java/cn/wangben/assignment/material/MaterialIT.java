package cn.wangben.assignment.material;

import static cn.wangben.testinfra.TestTokens.countyAdmin;
import static cn.wangben.testinfra.TestTokens.teacher;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.wangben.assignment.AssignmentIT;
import cn.wangben.assignment.BucketContents;
import cn.wangben.assignment.Scenario;
import cn.wangben.testinfra.MutableClock;
import com.jayway.jsonpath.JsonPath;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Course materials: documents by content into storage, read through short-lived links; videos by reference. */
@AssignmentIT
class MaterialIT {
    static final String SCHOOL = "qs-shiyan";

    @Autowired
    MockMvc mvc;

    @Autowired
    MutableClock clock;

    @Autowired
    Scenario scenario;

    @Autowired
    BucketContents bucket;

    Scenario.Module module;

    @BeforeEach
    void openModule() throws Exception {
        module = scenario.module();
        clock.set(Instant.parse("2026-12-09T01:00:00Z"));
    }

    @Test
    void aTeacherDownloadsTheCountysDocumentThroughAShortLivedLink() throws Exception {
        byte[] pdf = resource("essays/essay.pdf");
        String created = document("essays/essay.pdf", "队伍建设政策文件.pdf", "队伍建设政策文件", countyAdmin(Scenario.COUNTY))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.type").value("DOCUMENT"))
                .andExpect(jsonPath("$.kind").value("PDF"))
                .andExpect(jsonPath("$.filename").value("队伍建设政策文件.pdf"))
                .andExpect(jsonPath("$.bytes").value(pdf.length))
                .andExpect(jsonPath("$.addedBy").value("admin-qingshan"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        String id = JsonPath.read(created, "$.id");

        mvc.perform(get("/api/assignments/modules/" + module.id() + "/materials")
                        .with(aTeacher()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].id").value(id))
                .andExpect(jsonPath("$[0].title").value("队伍建设政策文件"));
        String link = mvc.perform(get("/api/assignments/materials/" + id + "/download-link")
                        .with(aTeacher()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.expiresAt").value("2026-12-09T09:10:00+08:00"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        String url = JsonPath.read(link, "$.url");

        assertThat(url).contains("X-Amz-Expires=600").doesNotContain("队伍建设");
        HttpResponse<byte[]> download = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(pdf);
        assertThat(download.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(header -> assertThat(header).contains("filename*=UTF-8''"));
        HttpResponse<byte[]> tampered = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(url.replace("X-Amz-Expires=600", "X-Amz-Expires=6000")))
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(tampered.statusCode()).isEqualTo(403);
    }

    @ParameterizedTest(name = "{0} is a {1}")
    @CsvSource({"essays/essay.docx, DOCX", "materials/slides.pptx, PPTX", "materials/sheet.xlsx, XLSX"})
    void officeDocumentsAreRecognisedByContentNotByName(String file, String kind) throws Exception {
        document(file, "资料.bin", "资料", countyAdmin(Scenario.COUNTY))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.kind").value(kind));
    }

    @ParameterizedTest(name = "{0} is refused as {1}")
    @CsvSource({
        "essays/renamed-exe.docx, unsupported-file-type, Windows 可执行程序",
        "essays/essay-gb18030.txt, unsupported-file-type, 纯文本文件",
        "essays/zip-bomb.docx, unsafe-file, 压缩炸弹",
        "essays/empty.txt, empty-file, 空的"
    })
    void refusesWhatIsNotACourseDocumentAndStoresNothing(String file, String code, String detail) throws Exception {
        document(file, "policy.docx", "政策文件", countyAdmin(Scenario.COUNTY))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("urn:wangben:problem:" + code))
                .andExpect(jsonPath("$.detail").value(containsString(detail)));

        assertNoMaterials();
    }

    @Test
    void refusesADocumentOverFiftyMegabytesWith413() throws Exception {
        byte[] big = new byte[50 * 1024 * 1024 + 1];
        System.arraycopy("%PDF-1.7".getBytes(StandardCharsets.US_ASCII), 0, big, 0, 8);

        mvc.perform(multipart("/api/assignments/modules/" + module.id() + "/materials/files")
                        .file(new MockMultipartFile("file", "big.pdf", "application/pdf", big))
                        .param("title", "超大文件")
                        .with(countyAdmin(Scenario.COUNTY)))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(jsonPath("$.detail").value(containsString("超过 50 MB 的上限")));

        assertNoMaterials();
    }

    @Test
    void videosAreReferencedWithTheirDurationAndHaveNoDownload() throws Exception {
        String created = video("师德师风专题讲座（上）", "https://video.example.cn/ethics-1.mp4", "5604")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.type").value("VIDEO"))
                .andExpect(jsonPath("$.durationSeconds").value(5604))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        video("讲座", "https://video.example.cn/2.mp4", "0")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.field").value("durationSeconds"));
        video("讲座", "ftp://video.example.cn/2.mp4", "60")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value("视频地址必须是以 http:// 或 https:// 开头的完整网址"));

        mvc.perform(get("/api/assignments/modules/" + module.id() + "/materials")
                        .with(aTeacher()))
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].url").value("https://video.example.cn/ethics-1.mp4"));
        mvc.perform(get("/api/assignments/materials/" + JsonPath.read(created, "$.id") + "/download-link")
                        .with(aTeacher()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("urn:wangben:problem:not-a-document"));
    }

    @Test
    void onlyTheCountyAdminAddsAndOnlyTheCountyReads() throws Exception {
        document("essays/essay.pdf", "a.pdf", "政策", aTeacher()).andExpect(status().isForbidden());
        String created = document("essays/essay.pdf", "a.pdf", "政策", countyAdmin(Scenario.COUNTY))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        var stranger = teacher(Scenario.unique("t-ys"), "yunshui", "ys-zhongxue");

        mvc.perform(get("/api/assignments/modules/" + module.id() + "/materials")
                        .with(stranger))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/assignments/materials/" + JsonPath.read(created, "$.id") + "/download-link")
                        .with(stranger))
                .andExpect(status().isNotFound());
        document("essays/essay.pdf", "a.pdf", "政策", countyAdmin("yunshui")).andExpect(status().isNotFound());
        document("essays/essay.pdf", "a.pdf", " ", countyAdmin(Scenario.COUNTY))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.field").value("title"));
    }

    private ResultActions document(String resource, String filename, String title, RequestPostProcessor who)
            throws Exception {
        return mvc.perform(multipart("/api/assignments/modules/" + module.id() + "/materials/files")
                .file(new MockMultipartFile("file", filename, "application/octet-stream", resource(resource)))
                .param("title", title)
                .with(who));
    }

    private ResultActions video(String title, String url, String seconds) throws Exception {
        return mvc.perform(post("/api/assignments/modules/" + module.id() + "/materials/videos")
                .with(countyAdmin(Scenario.COUNTY))
                .contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"title":"%s","url":"%s","durationSeconds":%s}""".formatted(title, url, seconds)));
    }

    private void assertNoMaterials() throws Exception {
        mvc.perform(get("/api/assignments/modules/" + module.id() + "/materials")
                        .with(aTeacher()))
                .andExpect(jsonPath("$.length()").value(0));
        assertThat(bucket.keys("materials/" + Scenario.COUNTY + "/" + module.id() + "/"))
                .isEmpty();
    }

    private static RequestPostProcessor aTeacher() {
        return teacher("t-reader", Scenario.COUNTY, SCHOOL);
    }

    static byte[] resource(String name) throws Exception {
        try (InputStream in = MaterialIT.class.getResourceAsStream("/" + name)) {
            return in.readAllBytes();
        }
    }
}
