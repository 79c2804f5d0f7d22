package cn.wangben.assignment.submission.web;

import cn.wangben.assignment.submission.Submission;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * What the teacher keeps as proof: id, server time, and the SHA-256 of exactly what was stored (the file as received
 * for a file essay). {@code format} is ONLINE_TEXT, PDF, DOCX or TXT; {@code filename} the teacher's own file name.
 */
record Receipt(
        String submissionId,
        String moduleId,
        OffsetDateTime receivedAt,
        String sha256,
        int characters,
        int attempt,
        String format,
        String filename,
        long bytes,
        boolean contentIntact) {

    static final ZoneId DISPLAY_ZONE = ZoneId.of("Asia/Shanghai");

    static Receipt of(Submission s, boolean intact) {
        return new Receipt(
                s.id().value(),
                s.module().value(),
                s.receivedAt().atZone(DISPLAY_ZONE).toOffsetDateTime(),
                s.sha256(),
                s.characters(),
                s.attempt(),
                s.format().name(),
                s.filename(),
                s.bytes(),
                intact);
    }
}
