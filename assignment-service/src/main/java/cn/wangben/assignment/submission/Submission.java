package cn.wangben.assignment.submission;

import cn.wangben.contracts.DomainEvent;
import cn.wangben.contracts.assignment.EssaySubmitted;
import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.EventId;
import cn.wangben.contracts.ids.ModuleId;
import cn.wangben.contracts.ids.ProgrammeId;
import cn.wangben.contracts.ids.SchoolId;
import cn.wangben.contracts.ids.SubmissionId;
import cn.wangben.contracts.ids.TeacherId;
import java.time.Instant;
import java.util.List;

/**
 * One accepted essay. Every accepted submission is kept; the latest attempt of a teacher is the one that counts.
 * An essay's plain text is kept in its record (typed, or extracted from its file), written in the same single-document
 * write as the record and its event. {@code objectKey} is the file exactly as received, in object storage, for a file
 * essay; a typed essay has none (null). {@code sha256} is that of the file, or of a typed essay's UTF-8.
 * {@code filename} is the name the teacher's file had, for display only.
 */
public record Submission(
        SubmissionId id,
        CountyId county,
        SchoolId school,
        TeacherId teacher,
        ModuleId module,
        ProgrammeId programme,
        Instant receivedAt,
        String objectKey,
        String sha256,
        int characters,
        int attempt,
        EssayFormat format,
        String filename,
        long bytes) {

    public List<DomainEvent> acceptedEvents() {
        return List.of(new EssaySubmitted(
                EventId.random(),
                county,
                receivedAt,
                id,
                module,
                programme,
                teacher,
                school,
                receivedAt,
                sha256,
                characters,
                attempt));
    }
}
