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
 * {@code objectKey} holds exactly what was received (its SHA-256 is {@code sha256}); {@code textKey} holds the essay's
 * plain text as UTF-8, the same object for an essay typed online, the text extracted from a file otherwise.
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
        String textKey,
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
