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
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Receipts, their verification against what storage keeps, a teacher's history of attempts in a module, and the
 * essays of a school assignment for its school.
 */
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

    /**
     * A teacher sees their own receipts; the county admin those of the county; a grader those of the county's
     * modules, never of a school's assignment (the school scores those); anyone else, nothing.
     */
    public Submission receipt(Caller caller, SubmissionId id) {
        caller.requireAnyRole(Role.TEACHER, Role.COUNTY_ADMIN, Role.COUNTY_GRADER);
        CountyId county = caller.requireCounty();
        Submission submission = submissions.find(county, id).orElseThrow(() -> DomainException.notFound(WHAT, id));
        boolean own = caller.has(Role.TEACHER) && submission.teacher().value().equals(caller.userId());
        boolean admin = caller.has(Role.COUNTY_ADMIN);
        boolean grader = caller.has(Role.COUNTY_GRADER) && !ofSchoolAssignment(county, submission);
        if (!own && !admin && !grader) {
            throw DomainException.notFound(WHAT, id);
        }
        return submission;
    }

    /**
     * Recomputes the hash of what is kept against the receipt: the file as received, for a file essay; the text in
     * the record, for a typed one (older typed essays, whose text was an object, by their object).
     */
    public boolean verify(Caller caller, SubmissionId id) {
        Submission submission = receipt(caller, id);
        byte[] kept = submission.objectKey() != null
                ? store.get(submission.objectKey())
                : submissions
                        .textOf(submission.county(), id)
                        .map(text -> text.getBytes(StandardCharsets.UTF_8))
                        .orElse(null);
        return kept != null && EssayText.sha256(kept).equals(submission.sha256());
    }

    /** Everything the teacher sent to a module: accepted attempts (the latest counts) and refused ones. */
    public History history(Caller caller, ModuleId moduleId) {
        TeacherId teacher = caller.asTeacher();
        CountyId county = caller.requireCounty();
        OnlineModule module =
                modules.findFor(caller, moduleId).orElseThrow(() -> DomainException.notFound("研修板块", moduleId));
        Optional<Extension> extension = cutoffs.extension(moduleId, teacher);
        return new History(
                module,
                Extension.effectiveCutoff(module.dueAt(), extension),
                extension,
                submissions.ofTeacher(county, moduleId, teacher),
                submissions.refusalsOf(county, moduleId, teacher));
    }

    /**
     * The essays of a school assignment, for its school's admin (and the county admin): each teacher's latest accepted
     * attempt, the one the school scores. Another school's assignment is not there (404); a county module's essays
     * are the county graders' (422).
     */
    public SchoolSubmissions ofSchoolAssignment(Caller caller, ModuleId moduleId) {
        caller.requireAnyRole(Role.SCHOOL_ADMIN, Role.COUNTY_ADMIN);
        OnlineModule module =
                modules.findFor(caller, moduleId).orElseThrow(() -> DomainException.notFound("研修板块", moduleId));
        if (!module.isSchoolAssignment()) {
            throw DomainException.ruleViolated(
                    "not-a-school-assignment", null, "「" + module.title() + "」是县级网络研修板块，其作业由县培训团队在评阅队列中查看");
        }
        return new SchoolSubmissions(module, submissions.latestOf(module.county(), module.id(), module.school()));
    }

    /** County modules are never removed: a module no longer found is a withdrawn school assignment. */
    private boolean ofSchoolAssignment(CountyId county, Submission submission) {
        return modules.find(county, submission.module())
                .map(OnlineModule::isSchoolAssignment)
                .orElse(true);
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

    /** {@code latest}: one submission per teacher who sent an accepted essay, their latest attempt, by teacher. */
    public record SchoolSubmissions(OnlineModule module, List<Submission> latest) {}
}
