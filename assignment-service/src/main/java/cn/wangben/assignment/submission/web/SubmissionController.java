package cn.wangben.assignment.submission.web;

import cn.wangben.assignment.document.web.Uploads;
import cn.wangben.assignment.submission.ReceiptDesk;
import cn.wangben.assignment.submission.Submission;
import cn.wangben.assignment.submission.SubmissionDesk;
import cn.wangben.assignment.web.PathIds;
import cn.wangben.platform.domain.Caller;
import cn.wangben.platform.domain.Role;
import cn.wangben.platform.web.AllowedRoles;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.net.URI;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
class SubmissionController {
    static final String ACCEPTED = "wangben.essays.accepted";
    private final SubmissionDesk desk;
    private final ReceiptDesk receipts;
    private final Counter textsAccepted;
    private final Counter filesAccepted;

    SubmissionController(SubmissionDesk desk, ReceiptDesk receipts, MeterRegistry meters) {
        this.desk = desk;
        this.receipts = receipts;
        // registered now, so a quiet hour reads 0 rather than no data
        this.textsAccepted = meters.counter(ACCEPTED, "route", "text");
        this.filesAccepted = meters.counter(ACCEPTED, "route", "file");
    }

    @AllowedRoles(Role.TEACHER)
    @PostMapping("/api/assignments/modules/{moduleId}/essays")
    ResponseEntity<Receipt> submitText(
            Caller caller, @PathVariable String moduleId, @Valid @RequestBody TextEssay request) {
        return created(accepted(textsAccepted, desk.submitText(caller, PathIds.module(moduleId), request.text())));
    }

    /** One .pdf, .docx or .txt file as the multipart part {@code file}; the path ends in /files for the gateway. */
    @AllowedRoles(Role.TEACHER)
    @PostMapping(
            path = "/api/assignments/modules/{moduleId}/essays/files",
            consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Receipt> submitFile(
            Caller caller,
            @PathVariable String moduleId,
            @RequestPart(name = "file", required = false) MultipartFile file) {
        return created(accepted(filesAccepted, desk.submitFile(caller, PathIds.module(moduleId), Uploads.of(file))));
    }

    /** Refusals are counted with every other problem ({@code wangben.problems}, by code). */
    private static Submission accepted(Counter route, Submission submission) {
        route.increment();
        return submission;
    }

    @GetMapping("/api/assignments/modules/{moduleId}/submissions/mine")
    HistoryView history(Caller caller, @PathVariable String moduleId) {
        return HistoryView.of(receipts.history(caller, PathIds.module(moduleId)));
    }

    /** A school assignment's essays, latest attempt per teacher: its school's admin, or the county admin. */
    @GetMapping("/api/assignments/modules/{moduleId}/submissions")
    SchoolSubmissionsView ofSchoolAssignment(Caller caller, @PathVariable String moduleId) {
        return SchoolSubmissionsView.of(receipts.ofSchoolAssignment(caller, PathIds.module(moduleId)));
    }

    @GetMapping("/api/assignments/submissions/{id}")
    Receipt receipt(Caller caller, @PathVariable String id) {
        return Receipt.of(receipts.receipt(caller, PathIds.submission(id)), true);
    }

    @GetMapping("/api/assignments/submissions/{id}/verification")
    Receipt verify(Caller caller, @PathVariable String id) {
        var submissionId = PathIds.submission(id);
        boolean intact = receipts.verify(caller, submissionId);
        return Receipt.of(receipts.receipt(caller, submissionId), intact);
    }

    private static ResponseEntity<Receipt> created(Submission submission) {
        return ResponseEntity.created(URI.create("/api/assignments/submissions/" + submission.id()))
                .body(Receipt.of(submission, true));
    }

    record TextEssay(@NotBlank(message = "作业内容不能为空") String text) {}
}
