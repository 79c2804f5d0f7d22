package cn.wangben.assignment.submission.web;

import cn.wangben.assignment.submission.ReceiptDesk;
import cn.wangben.assignment.submission.Submission;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The essays of one school assignment: per teacher who sent one, their latest accepted attempt (the one the school
 * scores), with its receipt id ({@code submissionId}) and the server's time of receipt ({@code submittedAt}).
 */
record SchoolSubmissionsView(
        String moduleId, String schoolId, String title, OffsetDateTime dueAt, List<Latest> submissions) {

    /** {@code format} ONLINE_TEXT, PDF, DOCX or TXT; {@code attempt} counts the teacher's accepted essays here. */
    record Latest(
            String teacherId,
            String submissionId,
            int attempt,
            OffsetDateTime submittedAt,
            String format,
            String filename,
            int characters,
            long bytes,
            String sha256) {

        static Latest of(Submission s) {
            return new Latest(
                    s.teacher().value(),
                    s.id().value(),
                    s.attempt(),
                    s.receivedAt().atZone(Receipt.DISPLAY_ZONE).toOffsetDateTime(),
                    s.format().name(),
                    s.filename(),
                    s.characters(),
                    s.bytes(),
                    s.sha256());
        }
    }

    static SchoolSubmissionsView of(ReceiptDesk.SchoolSubmissions s) {
        var m = s.module();
        return new SchoolSubmissionsView(
                m.id().value(),
                m.school().value(),
                m.title(),
                m.dueAt().atZone(m.zone()).toOffsetDateTime(),
                s.latest().stream().map(Latest::of).toList());
    }
}
