package cn.wangben.scoring.results;

import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.EventId;
import cn.wangben.contracts.ids.ProgrammeId;
import cn.wangben.contracts.ids.SchoolId;
import cn.wangben.contracts.scoring.ProgrammeFinalized;
import cn.wangben.contracts.scoring.TraineeResultFinalized;
import cn.wangben.platform.domain.Caller;
import cn.wangben.platform.domain.DomainException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The county finalizes a programme: results stop being provisional, passed trainees get a certificate, and one
 * {@code TraineeResultFinalized} per trainee then {@code ProgrammeFinalized} are published. Refused while anything is
 * missing unless forced with a reason (audited). A run that stops midway is resumed by the next call: each trainee's
 * result has a deterministic id, so nothing is stored or published twice.
 */
public class FinalizationDesk {
    private final ResultFacts facts;
    private final ResultProjector projector;
    private final CounterProjector counters;
    private final FinalResults finals;
    private final VerificationCodes codes;
    private final Clock clock;

    public FinalizationDesk(
            ResultFacts facts,
            ResultProjector projector,
            CounterProjector counters,
            FinalResults finals,
            VerificationCodes codes,
            Clock clock) {
        this.facts = facts;
        this.projector = projector;
        this.counters = counters;
        this.finals = finals;
        this.codes = codes;
        this.clock = clock;
    }

    /** The finalization if there is one, else what is still missing. */
    public FinalizationStatus status(Caller caller, ProgrammeId programme) {
        CountyId county = ResultAccess.countyAdmin(caller);
        ResultAccess.programme(facts, county, programme);
        Optional<Finalization> done = finals.finalization(county, programme);
        List<String> missing = done.isPresent() ? done.get().missing() : missing(county, programme);
        return new FinalizationStatus(done.orElse(null), missing);
    }

    public Finalization finalize(Caller caller, ProgrammeId programme, boolean force, String reason) {
        CountyId county = ResultAccess.countyAdmin(caller);
        ProgrammeSettings settings = ResultAccess.programme(facts, county, programme);
        Finalization run = finals.finalization(county, programme).orElse(null);
        if (run != null && run.completed()) {
            throw DomainException.conflict("already-finalized", "该研修项目的结果已经确认，不能重复确认");
        }
        if (run == null) {
            run = start(caller, county, programme, force, reason);
        }
        Map<SchoolId, String> names = facts.schoolNames(county);
        for (SchoolBoard board : projector.liveBoards(county, programme)) {
            for (TraineeResult row : board.rows()) {
                freeze(run, settings, names.get(row.school()), row);
            }
        }
        FinalCounts counts = finals.counts(county, programme);
        Instant now = clock.instant();
        finals.complete(
                run,
                now,
                counts,
                new ProgrammeFinalized(
                        EventId.random(), county, now, programme, counts.trainees(), counts.passed(), run.startedBy()));
        counters.freeze(county, programme, projector.schools(county, programme));
        return finals.finalization(county, programme).orElseThrow();
    }

    private Finalization start(Caller caller, CountyId county, ProgrammeId programme, boolean force, String reason) {
        List<String> missing = missing(county, programme);
        if (!missing.isEmpty() && !force) {
            throw DomainException.conflict("not-ready", "尚不能确认结果：" + String.join("；", missing));
        }
        boolean forced = !missing.isEmpty();
        if (forced && (reason == null || reason.isBlank())) {
            throw DomainException.ruleViolated("reason-required", "reason", "强制确认结果时必须填写原因");
        }
        Finalization started = new Finalization(
                county,
                programme,
                FinalizationState.IN_PROGRESS,
                clock.instant(),
                caller.username(),
                forced,
                forced ? reason.strip() : null,
                missing,
                null,
                0,
                0,
                0,
                1L);
        if (!finals.start(started)) {
            throw DomainException.conflict("finalizing", "该研修项目的结果正在确认中，请稍后刷新查看");
        }
        return finals.finalization(county, programme).orElseThrow();
    }

    /** A trainee frozen by an earlier, interrupted run keeps that result, its code and its single event. */
    private void freeze(Finalization run, ProgrammeSettings settings, String schoolName, TraineeResult live) {
        TraineeResult row = live.finalizedWith(live.passed() ? codes.next() : null);
        TraineeResultFinalized event = new TraineeResultFinalized(
                EventId.random(),
                run.county(),
                run.startedAt(),
                run.programme(),
                row.school(),
                row.teacherKey(),
                row.teacherId(),
                row.name(),
                row.onlinePoints(),
                row.schoolPoints(),
                row.totalPoints(),
                row.passed(),
                row.exempt(),
                row.creditedHours(),
                row.certificateCode());
        finals.store(
                new FinalRecord(run.county(), run.programme(), settings.name(), schoolName, row, run.startedAt()),
                event);
    }

    private List<String> missing(CountyId county, ProgrammeId programme) {
        return ReadinessCheck.missing(
                facts.modules(county, programme), projector.liveBoards(county, programme), facts.schoolNames(county));
    }
}
