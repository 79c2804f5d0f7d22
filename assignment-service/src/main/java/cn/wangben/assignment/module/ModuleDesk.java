package cn.wangben.assignment.module;

import cn.wangben.assignment.programme.KnownProgramme;
import cn.wangben.assignment.programme.KnownProgrammes;
import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.ModuleId;
import cn.wangben.contracts.ids.ProgrammeId;
import cn.wangben.contracts.ids.SchoolId;
import cn.wangben.platform.domain.Caller;
import cn.wangben.platform.domain.DomainException;
import cn.wangben.platform.domain.Role;
import java.time.Clock;
import java.util.List;

public class ModuleDesk {
    static final String WHAT = "研修板块";
    private final OnlineModules modules;
    private final KnownProgrammes programmes;
    private final Clock clock;

    public ModuleDesk(OnlineModules modules, KnownProgrammes programmes, Clock clock) {
        this.modules = modules;
        this.programmes = programmes;
        this.clock = clock;
    }

    public OnlineModule schedule(Caller caller, ModuleDraft draft) {
        caller.requireAnyRole(Role.COUNTY_ADMIN);
        CountyId county = caller.requireCounty();
        if (draft.programme() == null) {
            throw DomainException.ruleViolated("invalid-module", "programmeId", "请选择研修项目");
        }
        KnownProgramme programme = programmes
                .find(county, draft.programme())
                .orElseThrow(() ->
                        DomainException.ruleViolated("unknown-programme", "programmeId", "研修项目不存在或尚未发布（发布后数秒内同步）"));
        OnlineModule module = draft.within(programme);
        modules.add(module, module.scheduledEvents(clock.instant()));
        return module;
    }

    /**
     * Everyone of the county sees its modules; other counties' modules, and other schools' assignments, look as if they
     * did not exist.
     */
    public OnlineModule get(Caller caller, ModuleId id) {
        return modules.findFor(caller, id).orElseThrow(() -> DomainException.notFound(WHAT, id));
    }

    /**
     * The county's modules, and the assignments of one school: the caller's own school for school accounts (teachers,
     * school admins); for the county admin the school asked for ({@code askedSchool}, none when null). Others of the
     * county (graders) see the county's modules only.
     */
    public List<OnlineModule> ofProgramme(Caller caller, ProgrammeId programme, SchoolId askedSchool) {
        CountyId county = caller.requireCounty();
        // another county's programme does not exist for this caller, rather than having no modules
        programmes.find(county, programme).orElseThrow(() -> DomainException.notFound("研修项目", programme.value()));
        SchoolId school =
                caller.school() != null ? caller.school() : caller.has(Role.COUNTY_ADMIN) ? askedSchool : null;
        return modules.ofProgramme(county, programme, school);
    }
}
