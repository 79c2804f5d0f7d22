package cn.wangben.assignment.submission.web;

import cn.wangben.assignment.submission.Submission;
import cn.wangben.assignment.submission.SubmissionDesk;
import cn.wangben.assignment.web.PathIds;
import cn.wangben.platform.domain.Caller;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class SubmissionController {
    private static final ZoneId DISPLAY_ZONE = ZoneId.of("Asia/Shanghai");
    private final SubmissionDesk desk;

    SubmissionController(SubmissionDesk desk) {
        this.desk = desk;
    }

    @PostMapping("/api/assignments/modules/{moduleId}/essays")
    ResponseEntity<Receipt> submitText(
            Caller caller, @PathVariable String moduleId, @Valid @RequestBody TextEssay request) {
        Submission submission = desk.submitText(caller, PathIds.module(moduleId), request.text());
        return ResponseEntity.created(URI.create("/api/assignments/submissions/" + submission.id()))
                .body(Receipt.of(submission, true));
    }

    @GetMapping("/api/assignments/submissions/{id}")
    Receipt receipt(Caller caller, @PathVariable String id) {
        return Receipt.of(desk.receipt(caller, PathIds.submission(id)), true);
    }

    @GetMapping("/api/assignments/submissions/{id}/verification")
    Receipt verify(Caller caller, @PathVariable String id) {
        var submissionId = PathIds.submission(id);
        boolean intact = desk.verify(caller, submissionId);
        return Receipt.of(desk.receipt(caller, submissionId), intact);
    }

    record TextEssay(@NotBlank(message = "作业内容不能为空") String text) {}

    /** What the teacher keeps as proof: id, server time, and the SHA-256 of exactly what was stored. */
    record Receipt(
            String submissionId,
            String moduleId,
            OffsetDateTime receivedAt,
            String sha256,
            int characters,
            int attempt,
            boolean contentIntact) {
        static Receipt of(Submission s, boolean intact) {
            return new Receipt(
                    s.id().value(),
                    s.module().value(),
                    s.receivedAt().atZone(DISPLAY_ZONE).toOffsetDateTime(),
                    s.sha256(),
                    s.characters(),
                    s.attempt(),
                    intact);
        }
    }
}
