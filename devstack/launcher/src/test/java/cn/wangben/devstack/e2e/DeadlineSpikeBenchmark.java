package cn.wangben.devstack.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wangben.devstack.Devstack;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The whole deadline spike on the real local platform: teachers of several schools submitting essays at an arrival
 * rate that climbs toward the cutoff (open loop), while officials refresh the county dashboard and county graders page
 * their queues and grade. Figures per actor class, the event→dashboard lag of every receipt, CPU and memory per
 * process, and the raw ceilings of the same machine in the same run. A benchmark, not a test of speed: it fails only
 * if a receipt is not stored exactly once, an accepted grade is not held, or the dashboard miscounts. Run when asked:
 * {@code -Dit.test=DeadlineSpikeBenchmark}; sizes, rates and durations are system properties (bench.*).
 */
class DeadlineSpikeBenchmark {
    static final int SCHOOLS = Integer.getInteger("bench.schools", 5);
    static final int TEACHERS_PER_SCHOOL = Integer.getInteger("bench.teachersPerSchool", 60);
    static final int MODULES = Integer.getInteger("bench.modules", 40);
    static final int OFFICIALS = Integer.getInteger("bench.officials", 10);
    static final int GRADERS = Integer.getInteger("bench.graders", 5);
    static final Duration REFRESH = Duration.ofMillis(Long.getLong("bench.refreshMillis", 3000));
    static final Duration READING = Duration.ofMillis(Long.getLong("bench.gradingMillis", 1500));
    static final double START_RATE = Double.parseDouble(System.getProperty("bench.startRate", "40"));
    static final double PEAK_RATE = Double.parseDouble(System.getProperty("bench.peakRate", "400"));
    static final Duration RAMP = Duration.ofSeconds(Long.getLong("bench.rampSeconds", 120));
    /** The "last minutes": the end of the ramp, nearest the cutoff, reported on its own. */
    static final Duration PEAK = Duration.ofSeconds(Long.getLong("bench.peakSeconds", 30));

    static final Duration SAMPLER = Duration.ofMillis(500);
    static final int CEILING_THREADS = Integer.getInteger("bench.ceilingThreads", 32);
    static final Duration CEILING = Duration.ofSeconds(Long.getLong("bench.ceilingSeconds", 10));
    static final Duration PATIENCE = Duration.ofSeconds(Long.getLong("bench.patienceSeconds", 180));
    static final int READ_BACK = 100;
    static final Path OUTPUT = Path.of("target", "benchmarks", "deadline-spike.txt");

    private final BenchReport report = new BenchReport();

    @Test
    void deadlineSpikeWithOfficialsAndGraders() throws Exception {
        report.onPlatform(this::run);
    }

    private void run(Devstack stack, long started) throws Exception {
        byte[] essay = BenchLoad.essay(1).getBytes(StandardCharsets.UTF_8);
        var ceilings = BenchCeilings.measure(stack, CEILING_THREADS, CEILING, essay, report);
        List<String> schools = new ArrayList<>(List.of(BenchWorld.SCHOOL));
        IntStream.range(1, SCHOOLS).forEach(s -> schools.add("qs-bench-" + s));
        int teachers = SCHOOLS * TEACHERS_PER_SCHOOL;
        BenchWorld world = BenchWorld.build(stack, schools, teachers, MODULES, report);
        SpikeStaff staff = SpikeStaff.hire(world, OFFICIALS, GRADERS);
        report.figure("schools", SCHOOLS, "count");
        report.figure("teachers", teachers, "count");
        report.figure("modules", MODULES, "count");
        report.figure("officials", OFFICIALS, "count");
        report.figure("graders", GRADERS, "count");
        report.figure("offered rate at start of ramp", START_RATE, "submissions/s");
        report.figure("offered rate at cutoff", PEAK_RATE, "submissions/s");
        report.figure("ramp", RAMP.toSeconds(), "s");

        world.tokens(IntStream.range(0, teachers).boxed().toList(), RAMP.plus(BenchLoad.TIMEOUT));
        BenchLoad load = new BenchLoad(world);
        BenchDashboard dashboard = new BenchDashboard(world);
        dashboard.count(); // the first call fetches Keycloak's keys in scoring-service: start-up, not lag
        SpikeOfficials officials = new SpikeOfficials(world, staff, REFRESH);
        SpikeGraders graders = new SpikeGraders(world, staff, READING);
        SpikeActors actors = new SpikeActors();
        report.loadAverage("before the spike");
        dashboard.startSampling(SAMPLER);
        Map<String, Long> cpuBefore = BenchReport.cpuTicks(stack);
        long from = System.nanoTime();
        officials.start(actors);
        graders.start(actors);
        BenchLoad.Run spike = load.ramp(START_RATE, PEAK_RATE, RAMP);
        actors.stop();
        double elapsed = (System.nanoTime() - from) / 1e9;
        Map<String, Long> cpuAfter = BenchReport.cpuTicks(stack);
        report.loadAverage("after the spike");

        double accepted = report.spike("", spike);
        report.spike("last " + PEAK.toSeconds() + " s before cutoff: ", spike.slice(spike.to() - PEAK.toNanos()));
        ceilings.ratios(report, "", accepted);
        report.calls("dashboard read", new ArrayList<>(officials.calls), elapsed);
        report.calls("queue page", new ArrayList<>(graders.pages), elapsed);
        report.calls("grade", new ArrayList<>(graders.grades), elapsed);
        report.processes(stack, cpuBefore, cpuAfter, elapsed);

        List<BenchLoad.Result> receipts = BenchChecks.accepted(spike.results());
        assertThat(receipts).as("essays accepted in the spike").isNotEmpty();
        List<Long> pairs = BenchChecks.firstOfPair(receipts);
        int storedPairs = BenchChecks.storedPairs(world, PATIENCE);
        report.figure("distinct teacher-module pairs with a receipt", pairs.size(), "count");
        report.figure("distinct teacher-module pairs stored (with or without a receipt)", storedPairs, "count");
        var done = dashboard.await(receipts.size(), storedPairs, PATIENCE);
        dashboard.stopSampling();
        lag(
                dashboard,
                officials,
                pairs,
                done,
                storedPairs,
                BenchChecks.times(receipts).get(receipts.size() - 1));

        var verdict = BenchChecks.verify(world, receipts, READ_BACK, report);
        List<SpikeGraders.Grade> grades = new ArrayList<>(graders.accepted);
        int held = SpikeGraders.held(world, grades);
        report.figure("grades held", held, "of " + grades.size() + " accepted");
        int shown = dashboard.count();
        report.figure("dashboard count", shown, "of " + storedPairs + " distinct teacher-module pairs stored");
        report.figure("benchmark duration", BenchReport.seconds(started), "s");
        report.loadAverage("at end");
        report.write(OUTPUT);

        verdict.assertKept();
        assertThat(held).isEqualTo(grades.size());
        assertThat(shown).isEqualTo(storedPairs);
    }

    /** Receipt→dashboard lag of every pair's first receipt, from the officials' reads and the sampler's. */
    private void lag(
            BenchDashboard dashboard,
            SpikeOfficials officials,
            List<Long> pairs,
            BenchDashboard.Convergence done,
            int stored,
            long lastReceipt) {
        List<SpikeOfficials.Read> reads = new ArrayList<>(officials.reads);
        dashboard.samples.forEach(s -> reads.add(new SpikeOfficials.Read(s.nanos(), s.counted())));
        if (done.countedAt() > 0) {
            reads.add(new SpikeOfficials.Read(done.countedAt(), stored)); // the read that saw them all
        }
        List<Long> lags = SpikeOfficials.lagMillis(pairs, reads);
        report.figure("dashboard reads sampled (officials and a 500 ms sampler)", reads.size(), "count");
        report.latencies("event->dashboard lag", lags);
        report.figure("receipts not on the dashboard within patience", pairs.size() - lags.size(), "count");
        if (done.countedAt() > 0) {
            report.figure(
                    "dashboard convergence after last receipt", (done.countedAt() - lastReceipt) / 1_000_000, "ms");
        }
        if (done.relayedAt() > 0) {
            report.figure("outbox relayed all after last receipt", (done.relayedAt() - lastReceipt) / 1_000_000, "ms");
        }
    }
}
