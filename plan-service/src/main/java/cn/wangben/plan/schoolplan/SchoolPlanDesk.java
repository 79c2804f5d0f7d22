package cn.wangben.plan.schoolplan;

import cn.wangben.contracts.DomainEvent;
import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.ProgrammeId;
import cn.wangben.contracts.ids.SchoolId;
import cn.wangben.plan.programme.Programme;
import cn.wangben.plan.programme.ProgrammeStatus;
import cn.wangben.plan.programme.Programmes;
import cn.wangben.platform.domain.Caller;
import cn.wangben.platform.domain.DomainException;
import cn.wangben.platform.domain.DomainException.Violation;
import cn.wangben.platform.domain.Role;
import java.time.Clock;
import java.util.List;

/** School admins write and submit their plan; the county reviews it. */
public class SchoolPlanDesk {
    private static final String WHAT = "校本研修计划";
    private final SchoolPlans plans;
    private final Programmes programmes;
    private final Clock clock;

    public SchoolPlanDesk(SchoolPlans plans, Programmes programmes, Clock clock) {
        this.plans = plans;
        this.programmes = programmes;
        this.clock = clock;
    }

    /** Saves the school's draft; what would still block submission is returned, not refused, so drafts can grow. */
    public SchoolPlan save(Caller caller, ProgrammeId programmeId, PlanContent content) {
        caller.requireAnyRole(Role.SCHOOL_ADMIN);
        CountyId county = caller.requireCounty();
        SchoolId school = caller.requireSchool();
        publishedProgramme(county, programmeId);
        var existing = plans.of(county, programmeId, school);
        if (existing.isEmpty()) {
            SchoolPlan plan = SchoolPlan.draft(county, school, programmeId, content);
            plans.add(plan);
            return plan;
        }
        SchoolPlan plan = existing.get();
        plan.revise(content);
        plans.update(plan, List.of());
        return plan;
    }

    public SchoolPlan mine(Caller caller, ProgrammeId programmeId) {
        caller.requireAnyRole(Role.SCHOOL_ADMIN);
        return plans.of(caller.requireCounty(), programmeId, caller.requireSchool())
                .orElseThrow(() -> DomainException.notFound(WHAT, programmeId));
    }

    public SchoolPlan submit(Caller caller, ProgrammeId programmeId) {
        SchoolPlan plan = mine(caller, programmeId);
        Programme programme = publishedProgramme(plan.county(), programmeId);
        List<DomainEvent> events = plan.submit(problems(plan, programme), caller.username(), clock.instant());
        plans.update(plan, events);
        return plan;
    }

    public List<Violation> problems(SchoolPlan plan) {
        return problems(plan, publishedProgramme(plan.county(), plan.programme()));
    }

    public SchoolPlan returnWith(Caller caller, String planId, String comment) {
        SchoolPlan plan = forReview(caller, planId);
        plans.update(plan, plan.returnWith(comment, caller.username(), clock.instant()));
        return plan;
    }

    public SchoolPlan approve(Caller caller, String planId) {
        SchoolPlan plan = forReview(caller, planId);
        plans.update(plan, plan.approve(caller.username(), clock.instant()));
        return plan;
    }

    public List<SchoolPlan> ofProgramme(Caller caller, ProgrammeId programmeId) {
        caller.requireAnyRole(Role.COUNTY_ADMIN);
        CountyId county = caller.requireCounty();
        // another county's programme does not exist for this caller, rather than having no plans
        programmes.find(county, programmeId).orElseThrow(() -> DomainException.notFound("研修项目", programmeId));
        return plans.ofProgramme(county, programmeId);
    }

    /** The county reads any plan of its county; a school admin only their own school's. */
    public SchoolPlan get(Caller caller, String planId) {
        caller.requireAnyRole(Role.COUNTY_ADMIN, Role.SCHOOL_ADMIN);
        SchoolPlan plan =
                plans.find(caller.requireCounty(), planId).orElseThrow(() -> DomainException.notFound(WHAT, planId));
        boolean county = caller.has(Role.COUNTY_ADMIN);
        boolean ownSchool = caller.has(Role.SCHOOL_ADMIN) && plan.school().equals(caller.school());
        if (!county && !ownSchool) {
            throw DomainException.notFound(WHAT, planId);
        }
        return plan;
    }

    private SchoolPlan forReview(Caller caller, String planId) {
        caller.requireAnyRole(Role.COUNTY_ADMIN);
        return plans.find(caller.requireCounty(), planId).orElseThrow(() -> DomainException.notFound(WHAT, planId));
    }

    private Programme publishedProgramme(CountyId county, ProgrammeId id) {
        Programme programme = programmes.find(county, id).orElseThrow(() -> DomainException.notFound("研修项目", id));
        if (programme.status() != ProgrammeStatus.PUBLISHED) {
            throw DomainException.conflict("programme-not-published", "研修项目尚未发布，暂不能提交校本研修计划");
        }
        return programme;
    }

    private static List<Violation> problems(SchoolPlan plan, Programme programme) {
        return PlanRules.check(
                plan.content(),
                programme.settings().periodStart(),
                programme.settings().periodEnd());
    }
}
