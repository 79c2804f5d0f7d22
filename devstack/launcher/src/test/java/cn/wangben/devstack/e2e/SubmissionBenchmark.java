package cn.wangben.devstack.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wangben.devstack.Devstack;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The deadline spike on the real local platform: many teachers of one county submitting essays through the gateway at
 * once, read against the raw ceilings of S3, Mongo and Kafka measured on the same machine in the same run. A benchmark,
 * not a test of speed: it fails only if a receipt's essay is not stored exactly once or the dashboard miscounts.
 * Failsafe runs *IT classes only, so this runs when asked for: {@code -Dit.test=SubmissionBenchmark}. Sizes and
 * durations are system properties (bench.*) so a quick look needs no edit.
 */
class SubmissionBenchmark {
    static final int TEACHERS = Integer.getInteger("bench.teachers", 200);
    static final int MODULES = Integer.getInteger("bench.modules", 40);
    static final int THREADS = Integer.getInteger("bench.threads", 64);
    static final int CEILING_THREADS = Integer.getInteger("bench.ceilingThreads", 32);
    static final Duration CEILING = Duration.ofSeconds(Long.getLong("bench.ceilingSeconds", 10));
    /**
     * Paced load before the measured loops. A deadline hour is an hour of load on JVMs that have run for days; measured
     * after two minutes of saturating load, assignment-service's C2 compiler still took 8–20 % of a core and most of
     * its hot code ran unoptimized (per essay it then cost up to twice its CPU of a warm run), because a saturated
     * machine left the compiler threads only their share of it. A ramp from a rate a cold platform keeps up with to
     * well below the goal leaves the compilers the spare CPU they need. {@code -Dbench.warmUpSeconds=0} skips it.
     */
    static final Duration WARM_UP = Duration.ofSeconds(Long.getLong("bench.warmUpSeconds", 180));

    static final double WARM_UP_FROM_RATE = 50;
    static final double WARM_UP_TO_RATE = 300;
    /** The closed loop's own first seconds, unmeasured: its threads fill the queues. */
    static final Duration SETTLE = Duration.ofSeconds(15);

    static final Duration COLD = Duration.ofSeconds(60);
    static final Duration WINDOW = Duration.ofSeconds(Long.getLong("bench.windowSeconds", 60));
    static final Duration OPEN_WINDOW = Duration.ofSeconds(Long.getLong("bench.openWindowSeconds", 30));
    /**
     * The open loop's first seconds, reported apart. Every teacher's token is taken again just before it (they would
     * expire in the window), so its first second verified 200 new tokens at the edge and in the service at once, and
     * the loop opened more connections than the closed loop had: a start-up of the benchmark, not of a deadline hour,
     * in which tokens are renewed one by one.
     */
    static final Duration OPEN_LEAD_IN = Duration.ofSeconds(5);

    static final double OPEN_RATE = 400;
    /** The goal's p99, applied to each second of the open loop. */
    static final long SLOW_SECOND_MILLIS = 250;
    /** How long the relay and the dashboard get to catch up after each loop (then the run goes on, noting it). */
    static final Duration CONVERGENCE_PATIENCE = Duration.ofSeconds(90);
    /** Extra time before the dashboard's count is judged, if it had not caught up after the open loop. */
    static final Duration FINAL_PATIENCE = Duration.ofMinutes(1);

    static final int READ_BACK = 100;
    static final Path OUTPUT = Path.of("target", "benchmarks", "submissions.txt");

    private final BenchReport report = new BenchReport();

    @Test
    void deadlineSpike() throws Exception {
        report.onPlatform(this::run);
    }

    private void run(Devstack stack, long started) throws Exception {
        byte[] essay = BenchLoad.essay(1).getBytes(StandardCharsets.UTF_8);
        report.figure("essay size", BenchLoad.ESSAY_CHARACTERS, "characters");
        report.figure("essay size", essay.length, "bytes (UTF-8)");
        // first, on a quiet platform: the setup below keeps Keycloak and identity busy
        var ceilings = BenchCeilings.measure(stack, CEILING_THREADS, CEILING, essay, report);

        BenchWorld world = BenchWorld.build(stack, TEACHERS, MODULES, report);
        report.figure("teachers", TEACHERS, "count");
        report.figure("modules", MODULES, "count");
        report.figure("load threads", THREADS, "count");

        List<Integer> everyone = new ArrayList<>();
        for (int i = 0; i < TEACHERS; i++) {
            everyone.add(i);
        }
        long tokens = System.nanoTime();
        // taken during setup; any that would expire during the closed loop again now, so no hash competes with it
        world.tokens(everyone, WARM_UP.plus(SETTLE).plus(WINDOW).plus(BenchLoad.TIMEOUT));
        report.figure("tokens taken again before the load", BenchReport.seconds(tokens), "s");
        BenchLoad load = new BenchLoad(world);
        BenchDashboard dashboard = new BenchDashboard(world);
        dashboard.count(); // the first call fetches Keycloak's keys in scoring-service: start-up, not lag
        dashboard.startSampling();
        List<Map<String, Long>> cpu = new ArrayList<>();
        report.loadAverage("before the load");
        BenchLoad.Run warmUp = load.ramp(WARM_UP_FROM_RATE, WARM_UP_TO_RATE, WARM_UP);
        BenchLoad.Run closed = load.closedLoop(THREADS, SETTLE, WINDOW, () -> cpu.add(BenchReport.cpuTicks(stack)));
        dashboard.stopSampling();
        report.loadAverage("after the closed loop");
        double accepted = report.spike("", closed);
        BenchPhases.cold(report, warmUp, COLD);
        ceilings.ratios(report, "", accepted);
        report.processes(stack, cpu.get(0), cpu.get(1), closed.seconds());

        assertThat(BenchChecks.accepted(closed.results()))
                .as("essays accepted in the closed loop")
                .isNotEmpty();
        // the warm-up's essays are kept like any other: every receipt is checked and counted
        List<BenchLoad.Result> receipts = new ArrayList<>(BenchChecks.accepted(warmUp.results()));
        receipts.addAll(BenchChecks.accepted(closed.results()));
        var relayLag = dashboard.lagMillis(
                BenchDashboard.Sample::relayed, BenchChecks.times(receipts), closed.from(), closed.to());
        var countLag = dashboard.lagMillis(
                BenchDashboard.Sample::counted, BenchChecks.firstOfPair(receipts), closed.from(), closed.to());
        report.figure("outbox relay lag during load p50 (estimated)", BenchReport.percentile(relayLag, 50), "ms");
        report.figure("outbox relay lag during load max (estimated)", BenchReport.percentile(relayLag, 100), "ms");
        report.figure("dashboard lag during load p50 (estimated)", BenchReport.percentile(countLag, 50), "ms");
        report.figure("dashboard lag during load max (estimated)", BenchReport.percentile(countLag, 100), "ms");
        var drained = converge(dashboard, receipts, "after the closed loop", CONVERGENCE_PATIENCE);
        // in the closed loop the relay is behind the whole time, so its first receipt to all relayed is the relay's
        // pace
        // (the warm-up's essays were relayed long before; the dashboard had counted every pair by then)
        List<BenchLoad.Result> spike = BenchChecks.accepted(closed.results());
        long first = BenchChecks.times(spike).get(0);
        if (drained.relayedAt() > 0) {
            report.figure("outbox relay pace", spike.size() / ((drained.relayedAt() - first) / 1e9), "events/s");
        }

        double rate = accepted >= OPEN_RATE ? OPEN_RATE : Math.max(1, Math.floor(accepted * 0.8));
        if (rate < OPEN_RATE) {
            report.text(
                    "open loop at 400/s",
                    "not run: the closed loop sustained " + Math.round(accepted)
                            + "/s; open loop run at 80 % of that instead");
        }
        world.tokens(everyone, OPEN_LEAD_IN.plus(OPEN_WINDOW).plus(BenchLoad.TIMEOUT));
        report.figure("open loop offered rate", rate, "submissions/s");
        BenchLoad.Run offered = load.openLoop(rate, OPEN_LEAD_IN.plus(OPEN_WINDOW));
        long measuredFrom = offered.from() + OPEN_LEAD_IN.toNanos();
        report.spike(
                "open loop lead-in (first " + OPEN_LEAD_IN.toSeconds() + " s) ",
                new BenchLoad.Run(offered.results(), offered.from(), measuredFrom, true));
        BenchLoad.Run open = offered.slice(measuredFrom);
        report.spike("open loop ", open);
        BenchPhases.seconds(report, open, SLOW_SECOND_MILLIS);

        List<BenchLoad.Result> all = new ArrayList<>(receipts);
        all.addAll(BenchChecks.accepted(open.results()));
        int pairs = BenchChecks.firstOfPair(all).size();
        var caughtUp = converge(dashboard, all, "after the open loop", CONVERGENCE_PATIENCE);
        var verdict = BenchChecks.verify(world, all, READ_BACK, report);
        // correctness, not speed: a dashboard still catching up gets more time before its count is judged
        var atLast = dashboard.await(all.size(), pairs, FINAL_PATIENCE);
        if (caughtUp.countedAt() < 0 && atLast.countedAt() > 0) {
            long last = BenchChecks.times(all).get(all.size() - 1);
            report.figure(
                    "dashboard convergence after last receipt (final check)",
                    Math.round((atLast.countedAt() - last) / 1e6),
                    "ms");
        }
        int shown = dashboard.count();
        report.figure("dashboard count", shown, "of " + pairs + " distinct teacher-module pairs");
        report.figure("benchmark duration", BenchReport.seconds(started), "s");
        report.loadAverage("at end");
        report.write(OUTPUT);

        verdict.assertKept();
        assertThat(shown).isEqualTo(pairs);
    }

    /** Waits for the relay and the dashboard to show everything accepted; returns when each did. */
    private BenchDashboard.Convergence converge(
            BenchDashboard dashboard, List<BenchLoad.Result> receipts, String when, Duration patience)
            throws Exception {
        int pairs = BenchChecks.firstOfPair(receipts).size();
        long last =
                receipts.stream().mapToLong(BenchLoad.Result::doneNanos).max().orElse(System.nanoTime());
        report.figure("distinct teacher-module pairs accepted " + when, pairs, "count");
        // a teacher who had done every module resubmits: the relay carries it, the dashboard rightly counts it once
        report.figure("resubmissions accepted " + when, receipts.size() - pairs, "count");
        var done = dashboard.await(receipts.size(), pairs, patience);
        String late = "not within " + patience.toSeconds() + " s";
        if (done.relayedAt() < 0) {
            report.text(
                    "outbox relayed all after last receipt " + when,
                    late + " (" + dashboard.relayed() + " of " + receipts.size() + ")");
        } else {
            report.figure(
                    "outbox relayed all after last receipt " + when, Math.round((done.relayedAt() - last) / 1e6), "ms");
        }
        if (done.countedAt() < 0) {
            report.text(
                    "dashboard convergence after last receipt " + when,
                    late + " (" + dashboard.count() + " of " + pairs + ")");
        } else {
            report.figure(
                    "dashboard convergence after last receipt " + when,
                    Math.round((done.countedAt() - last) / 1e6),
                    "ms");
        }
        return done;
    }
}
