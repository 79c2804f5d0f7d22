package cn.wangben.assignment.submission;

import cn.wangben.assignment.module.OnlineModule;
import cn.wangben.assignment.module.OnlineModules;
import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.ModuleId;
import cn.wangben.contracts.ids.SchoolId;
import cn.wangben.contracts.ids.SubmissionId;
import cn.wangben.contracts.ids.TeacherId;
import cn.wangben.platform.domain.Caller;
import cn.wangben.platform.domain.DomainException;
import cn.wangben.platform.domain.Role;
import java.time.Clock;
import java.time.Instant;

/**
 * The last-hour path: judge the deadline on arrival, store the content, then store the record and its event in one
 * write. If the record cannot be stored the object is removed, so nothing is half-kept and no receipt is given.
 */
public class SubmissionDesk {
    private static final String WHAT = "提交记录";
    private final OnlineModules modules;
    private final Submissions submissions;
    private final EssayStore store;
    private final Clock clock;
    private final int maxCharacters;

    public SubmissionDesk(
            OnlineModules modules, Submissions submissions, EssayStore store, Clock clock, int maxCharacters) {
        this.modules = modules;
        this.submissions = submissions;
        this.store = store;
        this.clock = clock;
        this.maxCharacters = maxCharacters;
    }

    public Submission submitText(Caller caller, ModuleId moduleId, String text) {
        Instant receivedAt = clock.instant();
        TeacherId teacher = caller.asTeacher();
        CountyId county = caller.requireCounty();
        SchoolId school = caller.requireSchool();
        OnlineModule module =
                modules.find(county, moduleId).orElseThrow(() -> DomainException.notFound("研修板块", moduleId));
        CutoffPolicy.Verdict verdict = CutoffPolicy.judge(receivedAt, module);
        if (verdict != CutoffPolicy.Verdict.ON_TIME) {
            submissions.recordRefusal(county, moduleId, teacher, receivedAt, verdict.name());
            throw CutoffPolicy.refusal(verdict, module);
        }
        EssayText essay = EssayText.of(text, maxCharacters);
        SubmissionId id = SubmissionId.random();
        String key = "essays/" + county + "/" + moduleId + "/" + id + ".txt";
        store.put(key, essay.bytes(), "text/plain; charset=utf-8");
        try {
            int attempt = submissions.nextAttempt(moduleId, teacher);
            Submission submission = new Submission(
                    id,
                    county,
                    school,
                    teacher,
                    moduleId,
                    module.programme(),
                    receivedAt,
                    key,
                    essay.sha256(),
                    essay.characters(),
                    attempt);
            submissions.add(submission, submission.acceptedEvents());
            return submission;
        } catch (RuntimeException e) {
            store.delete(key);
            throw e;
        }
    }

    /** A teacher sees their own receipts; the county staff those of their county. */
    public Submission receipt(Caller caller, SubmissionId id) {
        Submission submission =
                submissions.find(caller.requireCounty(), id).orElseThrow(() -> DomainException.notFound(WHAT, id));
        boolean own = submission.teacher().value().equals(caller.userId());
        boolean staff = caller.has(Role.COUNTY_ADMIN) || caller.has(Role.COUNTY_GRADER);
        if (!own && !staff) {
            throw DomainException.notFound(WHAT, id);
        }
        return submission;
    }

    /** Recomputes the content hash from storage, so a receipt can be verified against what is kept. */
    public boolean verify(Caller caller, SubmissionId id) {
        Submission submission = receipt(caller, id);
        return EssayText.sha256(store.get(submission.objectKey())).equals(submission.sha256());
    }
}
