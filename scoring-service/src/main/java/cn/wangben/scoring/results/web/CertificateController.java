package cn.wangben.scoring.results.web;

import cn.wangben.platform.domain.Caller;
import cn.wangben.scoring.results.CertificateDesk;
import cn.wangben.scoring.results.PublicCertificate;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Certificate PDFs for the teacher and the county, and the public verification of a code. */
@RestController
class CertificateController {
    private static final String FILE = "培训合格证书.pdf";
    private final CertificateDesk desk;

    CertificateController(CertificateDesk desk) {
        this.desk = desk;
    }

    @GetMapping(value = "/api/scoring/programmes/{programmeId}/certificate", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> mine(Caller caller, @PathVariable String programmeId) {
        return pdf(desk.mine(caller, ResultViews.programme(programmeId)));
    }

    @GetMapping(
            value = "/api/scoring/programmes/{programmeId}/results/{teacherKey}/certificate",
            produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> of(Caller caller, @PathVariable String programmeId, @PathVariable String teacherKey) {
        return pdf(desk.of(caller, ResultViews.programme(programmeId), teacherKey));
    }

    /** Anyone, without a token (rate-limited per address at the gateway): the name and the result, nothing else. */
    @GetMapping("/api/scoring/public/certificates/{code}")
    VerificationView verify(@PathVariable String code) {
        PublicCertificate c = desk.verify(code);
        return new VerificationView(
                c.name(), c.programme(), c.result(), c.totalPoints(), c.hours(), ResultViews.shown(c.issuedAt()));
    }

    private static ResponseEntity<byte[]> pdf(byte[] document) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(FILE, java.nio.charset.StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(document);
    }

    record VerificationView(
            String name, String programme, String result, BigDecimal totalPoints, int hours, OffsetDateTime issuedAt) {}
}
