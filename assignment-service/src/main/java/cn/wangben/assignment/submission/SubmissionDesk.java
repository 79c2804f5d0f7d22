package cn.wangben.assignment.submission;

import cn.wangben.assignment.cutoff.Extension;
import cn.wangben.assignment.cutoff.TeacherCutoffs;
import cn.wangben.assignment.document.DocumentInspector;
import cn.wangben.assignment.document.Upload;
import cn.wangben.assignment.module.OnlineModule;
import cn.wangben.assignment.module.OnlineModules;
import cn.wangben.contracts.DomainEvent;
import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.ModuleId;
import cn.wangben.contracts.ids.SchoolId;
import cn.wangben.contracts.ids.SubmissionId;
import cn.wangben.contracts.ids.TeacherId;
import cn.wangben.platform.domain.Caller;
import cn.wangben.platform.domain.DomainException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The last-hour path, the same for every route an essay arrives by (typed text, one file; a resubmission is just a
 * later arrival): read the clock once, on arrival, and judge the teacher's own cutoff before anything else; then check
 * the content; store a file; then store the record, the essay's text and its event in one write. Whatever fails, nothing
 * is half-kept: a refused essay stores nothing (a late one leaves only a refusal record), and a file already put is
 * removed if the record was not stored. A record write whose answer was lost is looked up: stored means accepted (with its receipt);
 * unknown keeps the objects and fails. No record, no receipt; no receipt without its object.
 */
public class SubmissionDesk {
    static final String TEXT_ROUTE = "text";
    static final String FILE_ROUTE = "file";
    private final OnlineModules modules;
    private final Submissions submissions;
    private final EssayStore store;
    private final TeacherCutoffs cutoffs;
    private final DocumentInspector inspector;
    private final Clock clock;
    private final EssayLimits limits;

    /**
     * @param maxCharacters the longest essay, typed or read from a file, in characters
     * @param maxFileBytes the largest essay file, in bytes
     */
    public record EssayLimits(int maxCharacters, long maxFileBytes) {}

    public SubmissionDesk(
            OnlineModules modules,
            Submissions submissions,
            EssayStore store,
            TeacherCutoffs cutoffs,
            DocumentInspector inspector,
            Clock clock,
            EssayLimits limits) {
        this.modules = modules;
        this.submissions = submissions;
        this.store = store;
        this.cutoffs = cutoffs;
        this.inspector = inspector;
        this.clock = clock;
        this.limits = limits;
    }

    public Submission submitText(Caller caller, ModuleId moduleId, String text) {
        Arrival arrival = arrive(caller, moduleId, TEXT_ROUTE);
        EssayText essay = EssayText.of(text, limits.maxCharacters());
        // the stored object is the text's UTF-8: its digest is the one the text already has
        return keep(arrival, EssayFormat.ONLINE_TEXT, essay.bytes(), essay.sha256(), essay, null);
    }

    /** The type is decided by the content; the file's name is kept for display only. */
    public Submission submitFile(Caller caller, ModuleId moduleId, Upload upload) {
        Arrival arrival = arrive(caller, moduleId, FILE_ROUTE);
        byte[] content = upload.read(limits.maxFileBytes());
        DocumentInspector.Extracted extracted = inspector.essay(content, limits.maxCharacters());
        EssayText text = EssayText.extracted(extracted.text(), limits.maxCharacters());
        return keep(
                arrival,
                EssayFormat.of(extracted.kind()),
                content,
                EssayText.sha256(content),
                text,
                upload.displayName());
    }

    private Arrival arrive(Caller caller, ModuleId moduleId, String route) {
        Instant receivedAt = clock.instant();
        TeacherId teacher = caller.asTeacher();
        CountyId county = caller.requireCounty();
        SchoolId school = caller.requireSchool();
        // another school's assignment is not there for this teacher: nothing is recorded, not even a refusal
        OnlineModule module =
                modules.findFor(caller, moduleId).orElseThrow(() -> DomainException.notFound("研修板块", moduleId));
        Instant cutoff = Extension.cutoffFor(receivedAt, module.dueAt(), () -> cutoffs.extension(moduleId, teacher));
        CutoffPolicy.Verdict verdict = CutoffPolicy.judge(receivedAt, module, cutoff);
        if (verdict != CutoffPolicy.Verdict.ON_TIME) {
            submissions.recordRefusal(county, moduleId, teacher, receivedAt, verdict.name(), route);
            throw CutoffPolicy.refusal(verdict, module, cutoff);
        }
        return new Arrival(receivedAt, module, teacher, school);
    }

    private Submission keep(
            Arrival a, EssayFormat format, byte[] content, String sha256, EssayText text, String filename) {
        SubmissionId id = SubmissionId.random();
        // a typed essay is all text: the record keeps it, so it needs no object (and leaves none behind)
        String objectKey = format == EssayFormat.ONLINE_TEXT
                ? null
                : "essays/" + a.module().county() + "/" + a.module().id() + "/" + id + "." + format.extension();
        boolean objectStored = false;
        boolean recordWritten = false;
        try {
            if (objectKey != null) {
                store.put(objectKey, content, format.contentType());
                objectStored = true;
            }
            Submission submission = new Submission(
                    id,
                    a.module().county(),
                    a.school(),
                    a.teacher(),
                    a.module().id(),
                    a.module().programme(),
                    a.receivedAt(),
                    objectKey,
                    sha256,
                    text.characters(),
                    submissions.nextAttempt(a.module().id(), a.teacher()),
                    format,
                    filename,
                    content.length);
            recordWritten = true;
            submissions.add(submission, text.text(), announced(a.module(), submission));
            return submission;
        } catch (RuntimeException e) {
            if (recordWritten && stored(a.module().county(), id, e)) {
                // the record was stored and only its answer lost (the store died mid-reply): the essay is accepted
                return submissions.find(a.module().county(), id).orElseThrow(() -> e);
            }
            if (objectStored) {
                store.delete(objectKey);
            }
            throw e;
        }
    }

    /**
     * Whether a record write that failed was stored after all. When that cannot be told (the store is still down), the
     * objects are kept and the failure stands: an object without a record is never shown, a record without its object
     * would break a receipt.
     */
    private boolean stored(CountyId county, SubmissionId id, RuntimeException failure) {
        try {
            return submissions.find(county, id).isPresent();
        } catch (RuntimeException unknown) {
            failure.addSuppressed(unknown);
            throw failure;
        }
    }

    /**
     * {@code EssaySubmitted} feeds the county's grading queue and dashboards, which take every essay it announces for a
     * county module: an essay for a school's assignment is kept and receipted alike, but not announced.
     */
    static List<DomainEvent> announced(OnlineModule module, Submission submission) {
        return module.isSchoolAssignment() ? List.of() : submission.acceptedEvents();
    }

    private record Arrival(Instant receivedAt, OnlineModule module, TeacherId teacher, SchoolId school) {}
}
