package cn.wangben.assignment.submission;

import cn.wangben.assignment.cutoff.Extension;
import cn.wangben.assignment.cutoff.TeacherCutoffs;
import cn.wangben.assignment.module.OnlineModule;
import cn.wangben.assignment.module.OnlineModules;
import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.ModuleId;
import cn.wangben.contracts.ids.SubmissionId;
import cn.wangben.contracts.ids.TeacherId;
import cn.wangben.platform.domain.Caller;
import cn.wangben.platform.domain.DomainException;
import cn.wangben.platform.domain.Role;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Receipts, their verification against what storage keeps, and a teacher's history of attempts in a module. */
public class ReceiptDesk {
    private static final String WHAT = "提交记录";
    private final OnlineModules modules;
    private final Submissions submissions;
    private final EssayStore store;
    private final TeacherCutoffs cutoffs;

    public ReceiptDesk(OnlineModules modules, Submissions submissions, EssayStore store, TeacherCutoffs cutoffs) {
        this.modules = modules;
        this.submissions = submissions;
        this.store = store;
        this.cutoffs = cutoffs;
    }

    /** A teacher sees their own receipts; the county staff those of their county; anyone else, nothing. */
    public Submission receipt(Caller caller, SubmissionId id) {
        caller.requireAnyRole(Role.TEACHER, Role.COUNTY_ADMIN, Role.COUNTY_GRADER);
        Submission submission =
                submissions.find(caller.requireCounty(), id).orElseThrow(() -> DomainException.notFound(WHAT, id));
        boolean own = caller.has(Role.TEACHER) && submission.teacher().value().equals(caller.userId());
        boolean staff = caller.has(Role.COUNTY_ADMIN) || caller.has(Role.COUNTY_GRADER);
        if (!own && !staff) {
            throw DomainException.notFound(WHAT, id);
        }
        return submission;
    }

    /** Recomputes the hash of the stored object (the file as received, for a file essay) against the receipt. */
    public boolean verify(Caller caller, SubmissionId id) {
        Submission submission = receipt(caller, id);
        return EssayText.sha256(store.get(submission.objectKey())).equals(submission.sha256());
    }

    /** Everything the teacher sent to a module: accepted attempts (the latest counts) and refused ones. */
    public History history(Caller caller, ModuleId moduleId) {
        TeacherId teacher = caller.asTeacher();
        CountyId county = caller.requireCounty();
        OnlineModule module =
                modules.find(county, moduleId).orElseThrow(() -> DomainException.notFound("研修板块", moduleId));
        Optional<Extension> extension = cutoffs.extension(moduleId, teacher);
        return new History(
                module,
                Extension.effectiveCutoff(module.dueAt(), extension),
                extension,
                submissions.ofTeacher(county, moduleId, teacher),
                submissions.refusalsOf(county, moduleId, teacher));
    }

    public record History(
            OnlineModule module,
            Instant cutoff,
            Optional<Extension> extension,
            List<Submission> attempts,
            List<Submissions.Refusal> refusals) {

        /** The attempt that is graded: the latest accepted one. */
        public Optional<Submission> counting() {
            return attempts.stream().reduce((first, second) -> second.attempt() > first.attempt() ? second : first);
        }
    }
}
