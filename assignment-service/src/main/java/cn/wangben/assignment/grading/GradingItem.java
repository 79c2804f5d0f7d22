package cn.wangben.assignment.grading;

import cn.wangben.contracts.assignment.EssayGraded;
import cn.wangben.contracts.assignment.EssayMissed;
import cn.wangben.contracts.assignment.EssaySubmitted;
import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.EventId;
import cn.wangben.contracts.ids.ModuleId;
import cn.wangben.contracts.ids.ProgrammeId;
import cn.wangben.contracts.ids.SchoolId;
import cn.wangben.contracts.ids.TeacherId;
import cn.wangben.platform.domain.DomainException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One teacher's essay of one module in the grading queue: the latest attempt, its grade, the audit of every grade
 * change, and (read-only here) the near-copy flags. {@code version} is the stored version the item was read at;
 * {@code revision} counts the grades published for this teacher and module (1, 2, …), so the latest one wins.
 */
public record GradingItem(
        CountyId county,
        ModuleId module,
        TeacherId teacher,
        ProgrammeId programme,
        SchoolId school,
        ItemStatus status,
        Attempt attempt,
        Grade grade,
        int revision,
        List<AuditEntry> history,
        List<NearCopyFlag> nearCopies,
        long version) {

    /** The version of an item not stored yet. */
    public static final long UNSTORED = 0;

    public GradingItem {
        history = List.copyOf(history);
        nearCopies = List.copyOf(nearCopies);
    }

    public static GradingItem submitted(EssaySubmitted e) {
        return new GradingItem(
                e.countyId(),
                e.moduleId(),
                e.teacherId(),
                e.programmeId(),
                e.schoolId(),
                ItemStatus.UNGRADED,
                attemptOf(e),
                null,
                0,
                List.of(),
                List.of(),
                UNSTORED);
    }

    public static GradingItem missed(EssayMissed e) {
        return new GradingItem(
                e.countyId(),
                e.moduleId(),
                e.teacherId(),
                e.programmeId(),
                e.schoolId(),
                ItemStatus.MISSING,
                null,
                null,
                0,
                List.of(),
                List.of(),
                UNSTORED);
    }

    /**
     * A later attempt replaces the current one, whatever order the events arrive in; an earlier or the same attempt
     * changes nothing. A grade of the replaced attempt moves to the history and the item awaits grading again. An
     * accepted essay always outweighs a "missed" record.
     */
    public Optional<GradingItem> withSubmission(EssaySubmitted e, Instant now) {
        if (attempt != null && e.attempt() <= attempt.number()) {
            return Optional.empty();
        }
        List<AuditEntry> audit = new ArrayList<>(history);
        if (grade != null) {
            audit.add(new AuditEntry(
                    AuditEntry.Kind.SUPERSEDED,
                    revision,
                    attempt.submission(),
                    attempt.number(),
                    grade,
                    null,
                    null,
                    now,
                    false));
        }
        return Optional.of(new GradingItem(
                county,
                module,
                teacher,
                e.programmeId() == null ? programme : e.programmeId(),
                e.schoolId(),
                ItemStatus.UNGRADED,
                attemptOf(e),
                null,
                revision,
                audit,
                List.of(),
                version));
    }

    /**
     * Grades the current attempt. Saving the same verdict again is no edit (no revision, no event); any other change
     * is audited and published, also after the module's grades were released (scoring takes the latest revision).
     */
    public Optional<Graded> grade(
            GradeRequest request,
            List<GradingBand> bands,
            GradingSettings settings,
            String by,
            Instant now,
            boolean released) {
        if (status == ItemStatus.MISSING) {
            throw DomainException.ruleViolated("essay-missing", null, "该教师未按时提交作业，本板块按 0 分计，无需评分");
        }
        Grade verdict = request.validate(bands, settings.maxCommentCharacters(), by, now);
        if (!attempt.submission().equals(request.submission())) {
            throw DomainException.conflict(
                    "attempt-superseded", "该教师已重新提交作业（第 " + attempt.number() + " 次），请刷新后评阅最新的一稿");
        }
        if (verdict.sameVerdict(grade)) {
            return Optional.empty();
        }
        int next = revision + 1;
        List<AuditEntry> audit = new ArrayList<>(history);
        audit.add(new AuditEntry(
                grade == null ? AuditEntry.Kind.GRADED : AuditEntry.Kind.REGRADED,
                next,
                attempt.submission(),
                attempt.number(),
                grade,
                verdict,
                by,
                now,
                released));
        GradingItem graded = new GradingItem(
                county,
                module,
                teacher,
                programme,
                school,
                ItemStatus.GRADED,
                attempt,
                verdict,
                next,
                audit,
                nearCopies,
                version);
        EssayGraded event = new EssayGraded(
                EventId.random(),
                county,
                now,
                attempt.submission(),
                module,
                programme,
                teacher,
                school,
                verdict.band(),
                verdict.score(),
                next,
                by);
        return Optional.of(new Graded(graded, event));
    }

    /** A graded item and the event that carries its grade to scoring-service. */
    public record Graded(GradingItem item, EssayGraded event) {}

    private static Attempt attemptOf(EssaySubmitted e) {
        return new Attempt(e.submissionId(), e.attempt(), e.submittedAt(), e.characters());
    }
}
