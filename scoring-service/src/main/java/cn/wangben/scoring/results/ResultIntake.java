package cn.wangben.scoring.results;

import cn.wangben.contracts.assignment.EssayGraded;
import cn.wangben.contracts.assignment.EssayMissed;
import cn.wangben.contracts.assignment.EssaySubmitted;
import cn.wangben.contracts.assignment.ModuleGradesReleased;
import cn.wangben.contracts.assignment.ModuleScheduled;
import cn.wangben.contracts.identity.SchoolRegistered;
import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.ProgrammeId;
import cn.wangben.contracts.ids.SchoolId;
import cn.wangben.contracts.ids.TeacherId;
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
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Takes every event results and dashboards are built from: records it as a fact (idempotent, order-tolerant, see
 * {@link ResultFacts}) and recomputes the boards it touches.
 */
public class ResultIntake {
    private final ResultFacts facts;
    private final ResultProjector projector;
    private final SubmissionHours hours;
    private final ZoneId zone;

    /** @param zone the zone whose clock hours the submissions are counted in (Asia/Shanghai) */
    public ResultIntake(ResultFacts facts, ResultProjector projector, SubmissionHours hours, ZoneId zone) {
        this.facts = facts;
        this.projector = projector;
        this.hours = hours;
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
        projector.refreshProgramme(e.countyId(), e.programmeId());
    }

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
        projector.refreshProgramme(e.countyId(), e.programmeId());
    }

    public void moduleScheduled(ModuleScheduled e) {
        facts.rememberModule(e);
        projector.refreshProgramme(e.countyId(), e.programmeId());
    }

    public void gradesReleased(ModuleGradesReleased e) {
        facts.rememberRelease(e);
        projector.refreshProgramme(e.countyId(), e.programmeId());
    }

    public void enrolled(TeacherEnrolled e) {
        facts.rememberEnrollment(e);
        projector.refresh(e.countyId(), e.programmeId(), e.schoolId());
    }

    public void exempted(TeacherExempted e) {
        facts.rememberExemption(e);
        projector.refresh(e.countyId(), e.programmeId(), e.schoolId());
    }

    public void submitted(EssaySubmitted e) {
        facts.rememberSubmission(e);
        hours.record(
                e.countyId(),
                e.moduleId(),
                e.submissionId(),
                e.submittedAt().atZone(zone).truncatedTo(ChronoUnit.HOURS).toInstant());
        refreshTeacher(e.countyId(), e.programmeId(), e.schoolId(), e.teacherId());
    }

    public void graded(EssayGraded e) {
        facts.rememberGrade(e);
        refreshTeacher(e.countyId(), e.programmeId(), e.schoolId(), e.teacherId());
    }

    public void missed(EssayMissed e) {
        facts.rememberMissed(e);
        refreshTeacher(e.countyId(), e.programmeId(), e.schoolId(), e.teacherId());
    }

    public void planSubmitted(SchoolPlanSubmitted e) {
        planStep(e.countyId(), e.programmeId(), e.schoolId(), PlanStatus.SUBMITTED, e, null);
    }

    public void planReturned(SchoolPlanReturned e) {
        planStep(e.countyId(), e.programmeId(), e.schoolId(), PlanStatus.RETURNED, e, e.comment());
    }

    public void planApproved(SchoolPlanApproved e) {
        planStep(e.countyId(), e.programmeId(), e.schoolId(), PlanStatus.APPROVED, e, null);
    }

    public void rosterImported(RosterImported e) {
        facts.rememberRoster(e);
        projector.refresh(e.countyId(), e.programmeId(), e.schoolId());
    }

    public void cancelled(SchoolCancelled e) {
        facts.rememberStanding(e.countyId(), e.programmeId(), e.schoolId(), true, e.missing(), e.occurredAt());
        projector.refresh(e.countyId(), e.programmeId(), e.schoolId());
    }

    public void reinstated(SchoolReinstated e) {
        facts.rememberStanding(e.countyId(), e.programmeId(), e.schoolId(), false, List.of(), e.occurredAt());
        projector.refresh(e.countyId(), e.programmeId(), e.schoolId());
    }

    /** Names are read when a view is built, so nothing is recomputed. */
    public void schoolRegistered(SchoolRegistered e) {
        facts.rememberSchoolName(e.countyId(), e.schoolId(), e.name());
    }

    private void planStep(
            CountyId county,
            ProgrammeId programme,
            SchoolId school,
            PlanStatus step,
            cn.wangben.contracts.DomainEvent e,
            String comment) {
        facts.rememberPlanStep(county, programme, school, step, e.occurredAt(), comment);
        projector.refresh(county, programme, school);
    }

    /** The school the event named and, when the account is enrolled elsewhere, the trainee's own school. */
    private void refreshTeacher(CountyId county, ProgrammeId programme, SchoolId school, TeacherId teacher) {
        projector.refresh(county, programme, school);
        if (teacher != null) {
            facts.traineeOfAccount(county, programme, teacher)
                    .filter(t -> !t.school().equals(school))
                    .ifPresent(t -> projector.refresh(county, programme, t.school()));
        }
    }

    private ZoneId zone(String timeZone) {
        return timeZone == null ? zone : ZoneId.of(timeZone);
    }
}
