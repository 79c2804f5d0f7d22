package cn.wangben.scoring.results;

import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.ModuleId;
import cn.wangben.contracts.ids.ProgrammeId;
import cn.wangben.contracts.ids.SchoolId;
import cn.wangben.contracts.ids.TeacherId;
import cn.wangben.scoring.facts.Trainee;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The dashboards' counter documents (per county and programme, per school, per module), changed with {@code $inc}
 * only. Each counted fact stores the count it added; settling a fact re-derives its count from what is stored now
 * and, when it differs, swaps the stored count (compare-and-set on the fact) and adds the difference. A duplicate or
 * out-of-order event leaves the fact, hence its count, hence the counters, as they were.
 */
public interface ProjectionCounters {

    /** Settles (teacher, module) facts, a batch at once; those not stored are skipped. */
    void settleWork(List<WorkRef> facts, BiFunction<WorkRef, WorkFact, WorkCount> rule);

    /** Settles one trainee fact; nothing if the trainee is not stored. */
    default void settleTrainee(
            CountyId county, ProgrammeId programme, String teacherKey, Function<Trainee, TraineeCount> rule) {
        settleTrainees(county, programme, List.of(teacherKey), rule);
    }

    /** Settles trainee facts of one programme, a batch at once; those not stored are skipped. */
    void settleTrainees(
            CountyId county,
            ProgrammeId programme,
            Collection<String> teacherKeys,
            Function<Trainee, TraineeCount> rule);

    /** The accounts with a stored fact in the module. */
    List<TeacherId> workers(CountyId county, ProgrammeId programme, ModuleId module);

    /** Lists the school on the programme's dashboard (a plan, roster or standing names it). */
    void touch(CountyId county, ProgrammeId programme, SchoolId school);

    /** Stores the finalized results' tally beside the live counters; dashboards show it from then on. */
    void freeze(CountyId county, ProgrammeId programme, SchoolId school, ResultTally tally);

    /** Every school listed for the programme (all programmes of the county when {@code null}), by programme, school. */
    List<SchoolCounts> schools(CountyId county, ProgrammeId programme);

    Optional<SchoolCounts> school(CountyId county, ProgrammeId programme, SchoolId school);
}
