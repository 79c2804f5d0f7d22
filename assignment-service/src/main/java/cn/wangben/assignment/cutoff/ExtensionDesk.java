package cn.wangben.assignment.cutoff;

import cn.wangben.assignment.module.OnlineModule;
import cn.wangben.assignment.module.OnlineModules;
import cn.wangben.assignment.trainee.Trainee;
import cn.wangben.assignment.trainee.Trainees;
import cn.wangben.contracts.assignment.ExtensionGranted;
import cn.wangben.contracts.ids.EventId;
import cn.wangben.contracts.ids.ModuleId;
import cn.wangben.contracts.ids.TeacherId;
import cn.wangben.platform.domain.Caller;
import cn.wangben.platform.domain.DomainException;
import cn.wangben.platform.domain.Role;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** The county gives one trainee a later cutoff in one module, with a reason; every grant is audited and published. */
public class ExtensionDesk {
    public static final int MAX_REASON_LENGTH = 500;
    private final OnlineModules modules;
    private final Trainees trainees;
    private final TeacherCutoffs cutoffs;
    private final Clock clock;

    public ExtensionDesk(OnlineModules modules, Trainees trainees, TeacherCutoffs cutoffs, Clock clock) {
        this.modules = modules;
        this.trainees = trainees;
        this.cutoffs = cutoffs;
        this.clock = clock;
    }

    public Extension grant(Caller caller, ModuleId moduleId, TeacherId teacher, Instant until, String reason) {
        caller.requireAnyRole(Role.COUNTY_ADMIN);
        OnlineModule module = module(caller, moduleId);
        if (module.isSchoolAssignment()) {
            throw DomainException.ruleViolated(
                    "school-assignment", null, "「" + module.title() + "」是学校计划中的研修作业，截止日期以学校计划为准，县级延期仅适用于网络研修板块");
        }
        Instant now = clock.instant();
        require(until != null, "until", "请填写延期截止时间（含时区）");
        require(
                until.isAfter(module.dueAt()),
                "until",
                "延期截止时间必须晚于本板块的截止时间 " + Deadlines.display(module.dueAt(), module.zone()));
        require(until.isAfter(now), "until", "延期截止时间必须晚于当前时间");
        require(reason != null && !reason.isBlank(), "reason", "请填写延期原因");
        require(reason.strip().length() <= MAX_REASON_LENGTH, "reason", "延期原因不能超过 " + MAX_REASON_LENGTH + " 个字");
        Trainee trainee = trainees.find(module.county(), module.programme(), teacher)
                .orElseThrow(() ->
                        DomainException.ruleViolated("unknown-trainee", "teacherId", "该教师不是本研修项目的学员（或报名信息尚未同步，请稍后重试）"));
        require(!trainee.exempt(), "teacherId", "该教师已免修本研修项目，无需延期");
        String by = caller.username() == null ? caller.userId() : caller.username();
        Extension extension = new Extension(moduleId, teacher, trainee.school(), until, reason.strip(), by, now);
        var event = new ExtensionGranted(
                EventId.random(),
                module.county(),
                now,
                moduleId,
                module.programme(),
                teacher,
                trainee.school(),
                until,
                extension.reason(),
                by);
        if (!cutoffs.grant(module, extension, List.of(event))) {
            throw DomainException.conflict("essay-already-missed", "该教师在本板块已按缺交计 0 分（其截止时间已过），不能再延期");
        }
        return extension;
    }

    /** The extensions in force in a module, for the county's staff. */
    public List<Extension> ofModule(Caller caller, ModuleId moduleId) {
        caller.requireAnyRole(Role.COUNTY_ADMIN, Role.COUNTY_GRADER);
        return cutoffs.extensionsOf(module(caller, moduleId).id());
    }

    private OnlineModule module(Caller caller, ModuleId id) {
        return modules.findFor(caller, id).orElseThrow(() -> DomainException.notFound("研修板块", id));
    }

    private static void require(boolean condition, String field, String detail) {
        if (!condition) {
            throw DomainException.ruleViolated("invalid-extension", field, detail);
        }
    }
}
