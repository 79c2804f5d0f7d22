package cn.wangben.scoring.projection;

import cn.wangben.contracts.DomainEvent;
import cn.wangben.contracts.assignment.EssayGraded;
import cn.wangben.contracts.assignment.EssayMissed;
import cn.wangben.contracts.assignment.EssaySubmitted;
import cn.wangben.contracts.assignment.ModuleGradesReleased;
import cn.wangben.contracts.assignment.ModuleScheduled;
import cn.wangben.contracts.identity.SchoolRegistered;
import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.ProgrammeId;
import cn.wangben.contracts.ids.SchoolId;
import cn.wangben.contracts.plan.ProgrammePublished;
import cn.wangben.contracts.plan.ProgrammeRevised;
import cn.wangben.contracts.plan.RosterImported;
import cn.wangben.contracts.plan.SchoolCancelled;
import cn.wangben.contracts.plan.SchoolPlanApproved;
import cn.wangben.contracts.plan.SchoolPlanReturned;
import cn.wangben.contracts.plan.SchoolPlanSubmitted;
import cn.wangben.contracts.plan.SchoolReinstated;
import cn.wangben.contracts.plan.TeacherEnrolled;
import cn.wangben.contracts.plan.TeacherExempted;
import cn.wangben.contracts.plan.TeachersRostered;
import cn.wangben.scoring.facts.ApprovedPlan;
import cn.wangben.scoring.facts.SchoolFacts;
import cn.wangben.scoring.results.CounterProjector;
import cn.wangben.scoring.results.PlanStatus;
import cn.wangben.scoring.results.ProgrammeSettings;
import cn.wangben.scoring.results.ResultFacts;
import cn.wangben.scoring.results.WorkRef;
import cn.wangben.scoring.schoolscore.SheetProjector;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The one intake of every event the service consumes. Each event is recorded once in the one fact store (idempotent,
 * order-tolerant: {@link ResultFacts}, {@link SchoolFacts}); then school scoring's sheet projection refreshes the
 * school it touches, and the dashboards' counters settle the facts it changed ({@link CounterProjector}). Results
 * rows are computed from the facts when read, so nothing per school is rewritten per event.
 */
public class EventIntake {
    private final ResultFacts facts;
    private final SchoolFacts schoolFacts;
    private final SheetProjector sheets;
    private final CounterProjector counters;
    private final ZoneId zone;

    /** @param zone the zone whose clock hours the submissions are counted in (Asia/Shanghai) */
    public EventIntake(
            ResultFacts facts, SchoolFacts schoolFacts, SheetProjector sheets, CounterProjector counters, ZoneId zone) {
        this.facts = facts;
        this.schoolFacts = schoolFacts;
        this.sheets = sheets;
        this.counters = counters;
        this.zone = zone;
    }

    public void programmePublished(ProgrammePublished e) {
        facts.rememberProgramme(new ProgrammeSettings(
                e.countyId(),
                e.programmeId(),
                e.name(),
                zone(e.timeZone()),
                e.onlinePoints(),
                e.schoolPoints(),
                e.passMark(),
                e.creditedHours(),
                e.schoolPlanDeadline(),
                e.schoolScoringDeadline(),
                0));
        programmeChanged(e.countyId(), e.programmeId());
    }

    /** New school points rescale every school's totals; a moved deadline changes who is overdue. */
    public void programmeRevised(ProgrammeRevised e) {
        facts.rememberProgramme(new ProgrammeSettings(
                e.countyId(),
                e.programmeId(),
                e.name(),
                zone(e.timeZone()),
                e.onlinePoints(),
                e.schoolPoints(),
                e.passMark(),
                e.creditedHours(),
                e.schoolPlanDeadline(),
                e.schoolScoringDeadline(),
                e.revision()));
        programmeChanged(e.countyId(), e.programmeId());
    }

    /** A new or moved cutoff changes who was on time, and a new module who is complete. */
    public void moduleScheduled(ModuleScheduled e) {
        facts.rememberModule(e);
        counters.module(e.countyId(), e.programmeId(), e.moduleId());
        counters.programme(e.countyId(), e.programmeId());
    }

    public void gradesReleased(ModuleGradesReleased e) {
        facts.rememberRelease(e);
        counters.programme(e.countyId(), e.programmeId());
    }

    public void enrolled(TeacherEnrolled e) {
        facts.rememberEnrollment(e);
        sheets.refresh(e.countyId(), e.programmeId(), e.schoolId());
        counters.trainee(e.countyId(), e.programmeId(), e.teacherKey());
    }

    public void exempted(TeacherExempted e) {
        facts.rememberExemption(e);
        sheets.refresh(e.countyId(), e.programmeId(), e.schoolId());
        counters.trainee(e.countyId(), e.programmeId(), e.teacherKey());
    }

    /** A submission alone never changes a result (submitted and pending are both uncounted), only the module's. */
    public void submitted(EssaySubmitted e) {
        online(List.of(e));
    }

    public void graded(EssayGraded e) {
        online(List.of(e));
    }

    public void missed(EssayMissed e) {
        online(List.of(e));
    }

    /**
     * A poll's events at once. The online ones (the deadline spike: submissions, grades, missed cutoffs) are written
     * together, a run at a time: their facts in one write, their (teacher, module) counts settled in one batch; a
     * grade or a missed cutoff also recounts its trainee. Any other event is applied alone where it stands.
     */
    public void acceptAll(List<DomainEvent> events) {
        List<DomainEvent> run = new ArrayList<>();
        for (DomainEvent e : events) {
            if (e instanceof EssaySubmitted || e instanceof EssayGraded || e instanceof EssayMissed) {
                run.add(e);
            } else {
                online(run);
                run.clear();
                accept(e);
            }
        }
        online(run);
    }

    private void online(List<DomainEvent> run) {
        if (run.isEmpty()) {
            return;
        }
        facts.rememberWork(run, zone);
        Set<WorkRef> work = new LinkedHashSet<>();
        Set<WorkRef> accounts = new LinkedHashSet<>();
        for (DomainEvent e : run) {
            if (e instanceof EssaySubmitted s) {
                work.add(new WorkRef(s.countyId(), s.programmeId(), s.teacherId(), s.moduleId()));
            } else if (e instanceof EssayGraded g) {
                work.add(new WorkRef(g.countyId(), g.programmeId(), g.teacherId(), g.moduleId()));
                accounts.add(new WorkRef(g.countyId(), g.programmeId(), g.teacherId(), null));
            } else if (e instanceof EssayMissed m) {
                work.add(new WorkRef(m.countyId(), m.programmeId(), m.teacherId(), m.moduleId()));
                accounts.add(new WorkRef(m.countyId(), m.programmeId(), m.teacherId(), null));
            }
        }
        counters.work(List.copyOf(work));
        counters.accounts(List.copyOf(accounts));
    }

    public void planSubmitted(SchoolPlanSubmitted e) {
        planStep(e.countyId(), e.programmeId(), e.schoolId(), PlanStatus.SUBMITTED, e, null);
    }

    public void planReturned(SchoolPlanReturned e) {
        planStep(e.countyId(), e.programmeId(), e.schoolId(), PlanStatus.RETURNED, e, e.comment());
    }

    public void planApproved(SchoolPlanApproved e) {
        schoolFacts.rememberPlan(new ApprovedPlan(
                e.countyId(), e.programmeId(), e.schoolId(), e.planId(), e.rubric(), e.activities(), e.occurredAt()));
        sheets.refresh(e.countyId(), e.programmeId(), e.schoolId());
        planStep(e.countyId(), e.programmeId(), e.schoolId(), PlanStatus.APPROVED, e, null);
    }

    public void rostered(TeachersRostered e) {
        schoolFacts.rememberRosterBatch(e);
        sheets.refresh(e.countyId(), e.programmeId(), e.schoolId());
        counters.touch(e.countyId(), e.programmeId(), e.schoolId());
    }

    public void rosterImported(RosterImported e) {
        facts.rememberRoster(e);
        counters.touch(e.countyId(), e.programmeId(), e.schoolId());
    }

    /** A cancelled school's trainees get school part 0 at once: their results change. */
    public void cancelled(SchoolCancelled e) {
        facts.rememberStanding(e.countyId(), e.programmeId(), e.schoolId(), true, e.missing(), null, e.occurredAt());
        sheets.refresh(e.countyId(), e.programmeId(), e.schoolId());
        counters.school(e.countyId(), e.programmeId(), e.schoolId());
    }

    public void reinstated(SchoolReinstated e) {
        facts.rememberStanding(
                e.countyId(), e.programmeId(), e.schoolId(), false, List.of(), e.reason(), e.occurredAt());
        sheets.refresh(e.countyId(), e.programmeId(), e.schoolId());
        counters.school(e.countyId(), e.programmeId(), e.schoolId());
    }

    /** Names are read when a view is built, so nothing is recounted. */
    public void schoolRegistered(SchoolRegistered e) {
        facts.rememberSchoolName(e.countyId(), e.schoolId(), e.name());
    }

    /** Hands an event to its handler; the rebuild and the tests use it, the listeners route by type themselves. */
    public void accept(DomainEvent e) {
        if (e instanceof ProgrammePublished p) {
            programmePublished(p);
        } else if (e instanceof ProgrammeRevised r) {
            programmeRevised(r);
        } else if (e instanceof SchoolRegistered r) {
            schoolRegistered(r);
        } else if (e instanceof SchoolPlanSubmitted s) {
            planSubmitted(s);
        } else if (e instanceof SchoolPlanReturned r) {
            planReturned(r);
        } else if (e instanceof SchoolPlanApproved a) {
            planApproved(a);
        } else if (e instanceof TeachersRostered r) {
            rostered(r);
        } else if (e instanceof RosterImported r) {
            rosterImported(r);
        } else if (e instanceof TeacherEnrolled t) {
            enrolled(t);
        } else if (e instanceof TeacherExempted t) {
            exempted(t);
        } else if (e instanceof SchoolCancelled c) {
            cancelled(c);
        } else if (e instanceof SchoolReinstated r) {
            reinstated(r);
        } else if (e instanceof ModuleScheduled m) {
            moduleScheduled(m);
        } else if (e instanceof EssaySubmitted s) {
            submitted(s);
        } else if (e instanceof EssayMissed m) {
            missed(m);
        } else if (e instanceof EssayGraded g) {
            graded(g);
        } else if (e instanceof ModuleGradesReleased r) {
            gradesReleased(r);
        } else {
            throw new IllegalArgumentException("no handler for " + e.getClass().getSimpleName());
        }
    }

    private void programmeChanged(CountyId county, ProgrammeId programme) {
        sheets.refreshProgramme(county, programme);
        counters.programme(county, programme);
    }

    private void planStep(
            CountyId county, ProgrammeId programme, SchoolId school, PlanStatus step, DomainEvent e, String comment) {
        facts.rememberPlanStep(county, programme, school, step, e.occurredAt(), comment);
        counters.touch(county, programme, school);
    }

    private ZoneId zone(String timeZone) {
        return timeZone == null ? zone : ZoneId.of(timeZone);
    }
}
