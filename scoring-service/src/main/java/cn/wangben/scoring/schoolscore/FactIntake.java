package cn.wangben.scoring.schoolscore;

import cn.wangben.contracts.plan.ProgrammePublished;
import cn.wangben.contracts.plan.ProgrammeRevised;
import cn.wangben.contracts.plan.SchoolCancelled;
import cn.wangben.contracts.plan.SchoolPlanApproved;
import cn.wangben.contracts.plan.SchoolReinstated;
import cn.wangben.contracts.plan.TeacherEnrolled;
import cn.wangben.contracts.plan.TeacherExempted;
import cn.wangben.contracts.plan.TeachersRostered;
import cn.wangben.scoring.facts.ApprovedPlan;
import cn.wangben.scoring.facts.ProgrammeTerms;
import cn.wangben.scoring.facts.SchoolFacts;
import cn.wangben.scoring.facts.SchoolStanding;
import java.util.List;

/**
 * Takes plan-service's events: records each as a fact (idempotent, order-tolerant, see {@link SchoolFacts}) and
 * rebuilds the affected school's parts and summary, so the board follows rosters, exemptions, cancellations and
 * programme revisions without anyone touching the sheet.
 */
public class FactIntake {
    private final SchoolFacts facts;
    private final SheetProjector projector;

    public FactIntake(SchoolFacts facts, SheetProjector projector) {
        this.facts = facts;
        this.projector = projector;
    }

    public void programmePublished(ProgrammePublished e) {
        facts.rememberProgramme(new ProgrammeTerms(
                e.countyId(), e.programmeId(), e.name(), e.schoolPoints(), e.schoolScoringDeadline(), 0));
        projector.refreshProgramme(e.countyId(), e.programmeId());
    }

    /** New school points rescale every school's totals; a moved deadline changes who is overdue. */
    public void programmeRevised(ProgrammeRevised e) {
        facts.rememberProgramme(new ProgrammeTerms(
                e.countyId(), e.programmeId(), e.name(), e.schoolPoints(), e.schoolScoringDeadline(), e.revision()));
        projector.refreshProgramme(e.countyId(), e.programmeId());
    }

    public void planApproved(SchoolPlanApproved e) {
        facts.rememberPlan(new ApprovedPlan(
                e.countyId(), e.programmeId(), e.schoolId(), e.planId(), e.rubric(), e.activities(), e.occurredAt()));
        projector.refresh(e.countyId(), e.programmeId(), e.schoolId());
    }

    public void rostered(TeachersRostered e) {
        facts.rememberRosterBatch(e);
        projector.refresh(e.countyId(), e.programmeId(), e.schoolId());
    }

    public void enrolled(TeacherEnrolled e) {
        facts.rememberEnrollment(e);
        projector.refresh(e.countyId(), e.programmeId(), e.schoolId());
    }

    public void exempted(TeacherExempted e) {
        facts.rememberExemption(e);
        projector.refresh(e.countyId(), e.programmeId(), e.schoolId());
    }

    public void cancelled(SchoolCancelled e) {
        facts.rememberStanding(new SchoolStanding(
                e.countyId(), e.programmeId(), e.schoolId(), true, e.missing(), null, e.occurredAt()));
        projector.refresh(e.countyId(), e.programmeId(), e.schoolId());
    }

    public void reinstated(SchoolReinstated e) {
        facts.rememberStanding(new SchoolStanding(
                e.countyId(), e.programmeId(), e.schoolId(), false, List.of(), e.reason(), e.occurredAt()));
        projector.refresh(e.countyId(), e.programmeId(), e.schoolId());
    }
}
