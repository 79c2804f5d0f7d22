package cn.wangben.scoring.facts;

import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.ProgrammeId;
import cn.wangben.contracts.ids.SchoolId;
import cn.wangben.contracts.ids.TeacherId;
import cn.wangben.contracts.plan.TeachersRostered;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * School scoring's view of the one fact store the service keeps from plan-service's events (programmes, trainees and
 * standings are written once, by the results facts; see docs/results.md). Only the facts school scoring alone needs,
 * the approved plan with its rubric and the roster batches, are written here. Every write is idempotent by natural
 * key and tolerant of order: a redelivered event changes nothing, and an older fact arriving after a newer one (by
 * revision or {@code occurredAt}) is ignored.
 */
public interface SchoolFacts {

    /** Keeps the latest approval of the school's plan. */
    void rememberPlan(ApprovedPlan plan);

    /** Stores one batch; the import with the latest {@code occurredAt} is the school's roster. */
    void rememberRosterBatch(TeachersRostered batch);

    Optional<ProgrammeTerms> programme(CountyId county, ProgrammeId id);

    /** Programmes whose school scoring deadline is at or before {@code now}. */
    List<ProgrammeTerms> scoringDeadlinePassed(Instant now);

    Optional<ApprovedPlan> plan(CountyId county, ProgrammeId programme, SchoolId school);

    Roster roster(CountyId county, ProgrammeId programme, SchoolId school);

    /** The school's trainees by teacher key; teachers no trainee event mentioned are absent. */
    Map<String, Trainee> trainees(CountyId county, ProgrammeId programme, SchoolId school);

    Optional<Trainee> traineeOfAccount(CountyId county, ProgrammeId programme, TeacherId teacher);

    Optional<SchoolStanding> standing(CountyId county, ProgrammeId programme, SchoolId school);

    /** Schools with an approved plan, a roster or a standing in the programme. */
    List<SchoolId> schools(CountyId county, ProgrammeId programme);
}
