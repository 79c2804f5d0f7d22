package cn.wangben.assignment.grading;

import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.ModuleId;
import cn.wangben.contracts.ids.TeacherId;
import cn.wangben.platform.domain.Caller;
import cn.wangben.platform.domain.DomainException;
import cn.wangben.platform.domain.Role;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** The county releases a module's grades; from then on each teacher sees their own grade (never the flags). */
public class ReleaseDesk {
    private final GradingItems items;
    private final GradingModules modules;
    private final Clock clock;

    public ReleaseDesk(GradingItems items, GradingModules modules, Clock clock) {
        this.items = items;
        this.modules = modules;
        this.clock = clock;
    }

    public GradingModule release(Caller caller, ModuleId moduleId) {
        caller.requireAnyRole(Role.COUNTY_ADMIN);
        CountyId county = caller.requireCounty();
        GradingModule module =
                modules.find(county, moduleId).orElseThrow(() -> DomainException.notFound("研修板块", moduleId));
        Instant now = clock.instant();
        long ungraded = items.summary(county, moduleId, null, module.released()).ungraded();
        GradingModule.Released released = module.releaseBy(GradingDesk.actor(caller), now, ungraded);
        modules.release(released.module(), List.of(released.event()));
        return released.module();
    }

    /** Before release the grade is as good as absent (404, type grades-not-released). */
    public TeacherGrade myGrade(Caller caller, ModuleId moduleId) {
        TeacherId teacher = caller.asTeacher();
        CountyId county = caller.requireCounty();
        GradingModule module =
                modules.find(county, moduleId).orElseThrow(() -> DomainException.notFound("研修板块", moduleId));
        if (!module.released()) {
            throw new GradesNotReleased(module.title());
        }
        GradingItem item = items.find(county, moduleId, teacher)
                .orElseThrow(() -> DomainException.notFound("您在「" + module.title() + "」的作业记录", moduleId));
        return new TeacherGrade(module, item);
    }

    /** What a teacher may see of their item: status, band, score, comment. */
    public record TeacherGrade(GradingModule module, GradingItem item) {}
}
