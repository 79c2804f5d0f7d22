package cn.wangben.scoring.results;

import cn.wangben.contracts.DomainEvent;
import cn.wangben.contracts.assignment.ModuleGradesReleased;
import cn.wangben.contracts.assignment.ModuleScheduled;
import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.ModuleId;
import cn.wangben.contracts.ids.ProgrammeId;
import cn.wangben.contracts.ids.SchoolId;
import cn.wangben.contracts.ids.TeacherId;
import cn.wangben.contracts.plan.RosterImported;
import cn.wangben.contracts.plan.TeacherEnrolled;
import cn.wangben.contracts.plan.TeacherExempted;
import cn.wangben.scoring.facts.Trainee;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The events results are computed from, kept in the service's own collections. Every write is idempotent by natural
 * key and keeps what a rule independent of arrival order says (highest revision, latest instant, earliest
 * submission), so the same events in any order and any number of times leave the same facts.
 */
public interface ResultFacts {
    void rememberProgramme(ProgrammeSettings settings);

    void rememberModule(ModuleScheduled scheduled);

    void rememberRelease(ModuleGradesReleased released);

    void rememberEnrollment(TeacherEnrolled enrolled);

    void rememberExemption(TeacherExempted exempted);

    /**
     * The online events of a batch (submissions, grades, missed cutoffs) in one write, by the same rules as one at a
     * time; a submission is also kept under the start of its clock hour in {@code zone}. Other events are ignored.
     */
    void rememberWork(List<? extends DomainEvent> events, ZoneId zone);

    /** Keeps the latest step of the school's plan review (a tie on the instant goes to the later step). */
    void rememberPlanStep(
            CountyId county, ProgrammeId programme, SchoolId school, PlanStatus step, Instant at, String comment);

    /** Keeps the latest completed roster import. */
    void rememberRoster(RosterImported imported);

    /** Keeps the latest cancellation or reinstatement. */
    void rememberStanding(
            CountyId county,
            ProgrammeId programme,
            SchoolId school,
            boolean cancelled,
            List<String> missing,
            String reason,
            Instant at);

    void rememberSchoolName(CountyId county, SchoolId school, String name);

    Optional<ProgrammeSettings> programme(CountyId county, ProgrammeId programme);

    List<ProgrammeSettings> programmes(CountyId county);

    List<OnlineModule> modules(CountyId county, ProgrammeId programme);

    /** Every module of the county, whatever programme. */
    List<OnlineModule> modules(CountyId county);

    Optional<OnlineModule> module(CountyId county, ModuleId module);

    Map<String, Trainee> trainees(CountyId county, ProgrammeId programme, SchoolId school);

    /** Every trainee of the programme, whatever the school. */
    List<Trainee> trainees(CountyId county, ProgrammeId programme);

    default Optional<Trainee> traineeOfAccount(CountyId county, ProgrammeId programme, TeacherId teacher) {
        return Optional.ofNullable(
                traineesOfAccounts(county, programme, List.of(teacher)).get(teacher));
    }

    /** The trainees the accounts are enrolled as, by account (absent: not enrolled); looked up by id. */
    Map<TeacherId, Trainee> traineesOfAccounts(CountyId county, ProgrammeId programme, Collection<TeacherId> teachers);

    /** The work of the school's accounts (by the events' school) and of the given accounts. */
    List<OnlineWork> work(CountyId county, ProgrammeId programme, SchoolId school, Collection<TeacherId> accounts);

    /** One account's work, module by module ({@code null} modules absent); empty without any. */
    default Optional<OnlineWork> workOf(CountyId county, ProgrammeId programme, TeacherId teacher) {
        return Optional.ofNullable(workOf(county, programme, List.of(teacher)).get(teacher));
    }

    /** The accounts' work, by account (absent: none yet); looked up by id, module by module. */
    Map<TeacherId, OnlineWork> workOf(CountyId county, ProgrammeId programme, Collection<TeacherId> teachers);

    SchoolSetup setup(CountyId county, ProgrammeId programme, SchoolId school);

    /** Every school any fact of the programme names. */
    List<SchoolId> schools(CountyId county, ProgrammeId programme);

    Map<SchoolId, String> schoolNames(CountyId county);

    /** The names of these schools only: looked up by id, for a dashboard that lists a known set. */
    Map<SchoolId, String> schoolNames(CountyId county, Collection<SchoolId> schools);
}
