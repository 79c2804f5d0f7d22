package cn.wangben.scoring.projection;

import cn.wangben.platform.domain.Caller;
import cn.wangben.platform.domain.DomainException;
import cn.wangben.platform.domain.Role;
import cn.wangben.scoring.results.CounterProjector;
import cn.wangben.scoring.results.ResultProjector;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Rebuilds the projections (facts, counters, submissions per hour) from the Kafka log: the live consumers stop, a
 * fresh consumer reads every consumed topic from offset 0 to its current end, the projections are computed in memory
 * and written to fresh collections that then replace the live ones, and the live consumers resume exactly where the
 * replay stopped. School scoring's sheets, the final results and the inbox are not projections of the log and stay.
 */
public class ProjectionRebuild {
    private final LiveConsumers consumers;
    private final EventLog log;
    private final ProjectionReplays replays;
    private final CounterProjector counters;
    private final ResultProjector results;
    private final Clock clock;
    private final ReentrantLock running = new ReentrantLock();

    public ProjectionRebuild(
            LiveConsumers consumers,
            EventLog log,
            ProjectionReplays replays,
            CounterProjector counters,
            ResultProjector results,
            Clock clock) {
        this.consumers = consumers;
        this.log = log;
        this.replays = replays;
        this.counters = counters;
        this.results = results;
        this.clock = clock;
    }

    public RebuildReport rebuild(Caller caller) {
        caller.requireAnyRole(Role.PLATFORM_ADMIN);
        if (!running.tryLock()) {
            throw DomainException.conflict("rebuild-running", "投影正在重建，请稍后再试");
        }
        try {
            return run();
        } finally {
            running.unlock();
        }
    }

    private RebuildReport run() {
        Instant started = clock.instant();
        consumers.stop();
        LogEnd end = null;
        LogEnd read;
        ProjectionReplays.Installed installed;
        Map<String, Long> phases = new LinkedHashMap<>();
        try {
            ProjectionReplays.Replay replay = replays.start();
            long readStart = System.nanoTime();
            read = log.readAll(replay::accept);
            phases.put("read", (System.nanoTime() - readStart) / 1_000_000);
            installed = replay.install();
            phases.putAll(installed.phases());
            end = read;
            for (ProjectionReplays.Programme p : installed.finalized()) {
                counters.freeze(p.county(), p.programme(), results.schools(p.county(), p.programme()));
            }
        } finally {
            // after a failure the old projections are still in place: resume from the consumers' own positions
            long resumeStart = System.nanoTime();
            consumers.start(end);
            phases.put("resume", (System.nanoTime() - resumeStart) / 1_000_000);
        }
        Instant finished = clock.instant();
        long millis = Math.max(1, Duration.between(started, finished).toMillis());
        return new RebuildReport(
                started,
                finished,
                read.events(),
                installed.documents(),
                millis,
                read.events() * 1000 / millis,
                Collections.unmodifiableMap(phases));
    }
}
