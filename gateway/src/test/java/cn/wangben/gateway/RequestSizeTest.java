package cn.wangben.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** Per-route body limits (test limits: JSON 1 KB, uploads 8 KB, course documents 16 KB), answered before the body is read. */
class RequestSizeTest extends GatewayEdgeTestSupport {
    @Test
    void anOversizedJsonBodyGets413ProblemAndNeverReachesTheService() {
        post("/api/assignments/modules/m1/essays", new byte[2048], user("big-json", "county-size"))
                .expectStatus()
                .isEqualTo(413)
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("urn:wangben:problem:payload-too-large")
                .jsonPath("$.status")
                .isEqualTo(413);
        assertThat(backend.received("/api/assignments/modules/m1/essays")).isEmpty();
    }

    @Test
    void anUploadAboveTheJsonLimitButUnderTheUploadLimitPasses() {
        var uploader = user("uploader", "county-uploads");
        post("/api/plan/programmes/p1/rosters/mine", new byte[4096], uploader)
                .expectStatus()
                .isOk();
        post("/api/assignments/modules/m1/essays/files", new byte[4096], uploader)
                .expectStatus()
                .isOk();
        assertThat(backend.received("/api/plan/programmes/p1/rosters/mine"))
                .extracting(RecordingBackend.Received::bodyBytes)
                .isEqualTo(List.of(4096L));
        assertThat(backend.received("/api/assignments/modules/m1/essays/files"))
                .extracting(RecordingBackend.Received::bodyBytes)
                .isEqualTo(List.of(4096L));
    }

    @Test
    void anUploadAboveTheUploadLimitGets413() {
        post("/api/plan/programmes/p2/rosters/mine", new byte[9000], user("huge-upload", "county-uploads2"))
                .expectStatus()
                .isEqualTo(413);
        assertThat(backend.received("/api/plan/programmes/p2/rosters/mine")).isEmpty();
    }

    @Test
    void courseDocumentsMayBeLargerThanEssayFilesButNotUnlimited() {
        var county = user("material-uploader", "county-materials");
        post("/api/assignments/modules/m3/materials/files", new byte[12_000], county)
                .expectStatus()
                .isOk();
        post("/api/assignments/modules/m3/essays/files", new byte[12_000], county)
                .expectStatus()
                .isEqualTo(413);
        post("/api/assignments/modules/m4/materials/files", new byte[20_000], county)
                .expectStatus()
                .isEqualTo(413);
    }
}
