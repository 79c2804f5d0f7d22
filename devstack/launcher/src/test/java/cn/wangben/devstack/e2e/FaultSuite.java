package cn.wangben.devstack.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wangben.devstack.Component;
import cn.wangben.devstack.Devstack;
import cn.wangben.devstack.DevstackOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The fault suite (issue #8): during a submission spike through the gateway, kill -9 and restart in turn the Kafka
 * broker, each service and the Mongo-wire server, pause the dashboard's consumer, deliver poison; then hold the
 * platform to the receipts the load holds. Every receipted essay is stored once (record and object, same SHA-256) and
 * counted exactly once in every projection; an essay stored without a client receipt is one the server stands behind
 * (its receipt is readable); a late essay is refused and counts nowhere. Its own platform (it kills processes), so not
 * an *IT: a failsafe execution of its own runs the short form, {@code -Pfaults} the long one ({@code faults.long}).
 */
class FaultSuite {
    static final boolean LONG = Boolean.getBoolean("faults.long");
    static final int TEACHERS = Integer.getInteger("faults.teachers", LONG ? 100 : 20);
    static final int MODULES = Integer.getInteger("faults.modules", LONG ? 6 : 2);
    static final int THREADS = Integer.getInteger("faults.threads", LONG ? 8 : 4);
    /** Load between two faults, so each one meets a running spike and the platform's recovery is under load too. */
    static final Duration GAP = Duration.ofSeconds(LONG ? 30 : 5);
    /** Long form: past Kafka's session timeout (45 s), so the group drops the frozen member and takes it back. */
    static final Duration PAUSE = Duration.ofSeconds(LONG ? 60 : 10);
    /** The late module's cutoff, counted from the spike's start: inside the run, so essays meet it while it passes. */
    static final Duration LATE_CUTOFF = Duration.ofSeconds(LONG ? 120 : 30);

    static final Duration DOWN = Duration.ofSeconds(2);
    static final Duration CLIENT_PATIENCE = Duration.ofSeconds(60);
    static final Duration CONVERGENCE = Duration.ofMinutes(3);
    static final Path OUTPUT = Path.of("target", "faults", LONG ? "faults-long.txt" : "faults-short.txt");
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private final BenchReport report = new BenchReport();

    @Test
    void receiptedEssaysAreKeptAndCountedExactlyOnceThroughEveryFault() throws Exception {
        long started = System.nanoTime();
        report.text("form", LONG ? "long (-Pfaults)" : "short (default verify)");
        report.loadAverage("at start");
        // -Dfaults.home=<a former run's home>: Keycloak built and its realm imported already (a loaded machine)
        String reuse = System.getProperty("faults.home", "");
        Path home = reuse.isBlank()
                ? Files.createTempDirectory(
                        Files.createDirectories(Path.of("target").toAbsolutePath()), "faults-")
                : Path.of(reuse).toAbsolutePath();
        if (reuse.isBlank()) {
            ScratchHomes.trimStale(home.getParent(), home);
        }
        Devstack stack = Devstack.start(DevstackOptions.forTests(DevstackOptions.findRoot(), home));
        try {
            report.figure("platform start", seconds(started), "s");
            run(stack);
        } finally {
            stack.stop();
            report.figure("suite duration", seconds(started), "s");
            report.write(OUTPUT);
            if (reuse.isBlank()) {
                ScratchHomes.trim(home); // a reused home is kept: it was asked for by name
            }
        }
    }

    private void run(Devstack stack) throws Exception {
        BenchWorld world = BenchWorld.build(stack, TEACHERS, 0, report);
        FaultModules modules = FaultModules.create(world, MODULES, LATE_CUTOFF);
        report.figure("teachers", TEACHERS, "count");
        report.figure("modules open through the run", MODULES, "count");
        report.text("late module cutoff", modules.lateCutoff().toString());
        FaultLoad load = new FaultLoad(world, modules.all());
        long spike = System.nanoTime();
        load.start(THREADS);

        pause(GAP);
        crash(stack, load, Component.KAFKA);
        for (Component service : List.of(
                Component.PLAN_SERVICE, Component.ASSIGNMENT_SERVICE, Component.SCORING_SERVICE, Component.GATEWAY)) {
            crash(stack, load, service);
        }
        if (LONG) {
            crash(stack, load, Component.IDENTITY);
        }
        crash(stack, load, Component.MONGO);
        freeze(stack, load, Component.SCORING_SERVICE);
        FaultPoison poison = FaultPoison.deliver(stack.kafkaBootstrapServers(), "poison-teacher");
        report.figure("poison records delivered", poison.count(), "count");
        pause(GAP);
        FaultLoad.Outcome outcome = load.stop(CLIENT_PATIENCE);
        report.figure("spike duration", seconds(spike), "s");
        judge(world, modules, outcome, poison);
    }

    /** kill -9, a moment down (clients meet refused connections), then a restart on the same ports and data. */
    private void crash(Devstack stack, FaultLoad load, Component component) throws Exception {
        int before = load.receiptsSoFar();
        long at = System.nanoTime();
        stack.kill(component);
        pause(DOWN);
        stack.restart(component);
        report.figure("fault: kill -9 " + component.id() + ", back after", seconds(at), "s");
        pause(GAP);
        report.figure(
                "receipts while " + component.id() + " was down and recovering", load.receiptsSoFar() - before, "");
    }

    private void freeze(Devstack stack, FaultLoad load, Component component) throws Exception {
        int before = load.receiptsSoFar();
        stack.pause(component);
        pause(PAUSE);
        stack.resume(component);
        report.figure("fault: SIGSTOP " + component.id() + " for", PAUSE.toSeconds(), "s");
        pause(GAP);
        report.figure("receipts while " + component.id() + " was paused", load.receiptsSoFar() - before, "");
    }

    private void judge(BenchWorld world, FaultModules modules, FaultLoad.Outcome outcome, FaultPoison poison)
            throws Exception {
        report.figure("receipts held by the load", outcome.receipts().size(), "count");
        report.figure("retries (no answer, 5xx, 429, expired token)", outcome.retries(), "count");
        report.figure("essays given up by the client", outcome.gaveUp(), "count");
        report.figure("late essays refused (422 deadline-passed)", outcome.lateRefusals(), "count");
        report.text("refusals by status", outcome.refusals().toString());

        FaultChecks checks = FaultChecks.load(world, modules.all());
        FaultChecks.Stored stored = checks.against(outcome.receipts());
        report.figure("receipts stored exactly once, hash matching", stored.storedOnce(), "count");
        report.figure("receipts missing in store (lost)", stored.missing(), "count");
        report.figure("submission ids receipted twice", stored.duplicateReceipts(), "count");
        report.figure("hash or module mismatches (record or kept essay)", stored.hashMismatches(), "count");
        report.figure("stored without a client receipt (answer lost)", stored.storedWithoutReceipt(), "count");
        report.figure("of these, without a readable server receipt", stored.withoutReceiptNotReadable(), "count");
        int repeated = checks.repeatedAttempts();
        report.figure("attempt numbers given to two essays of one teacher and module", repeated, "count");
        int lateStored = checks.receivedAtOrAfter(modules.late(), modules.lateCutoff());
        report.figure("late essays stored", lateStored, "count");
        long lateReceipts = outcome.receipts().stream()
                .filter(r -> r.module().equals(modules.late()))
                .count();
        report.figure("receipts for the late module before its cutoff", lateReceipts, "count");

        Map<String, FaultDashboard.Expected> expected = new LinkedHashMap<>();
        for (String module : modules.all()) {
            expected.put(module, new FaultDashboard.Expected(checks.pairs(module), checks.submissions(module)));
        }
        long waited = System.nanoTime();
        var shown = new FaultDashboard(world, modules.programme()).await(expected, CONVERGENCE);
        report.figure("dashboard convergence after the spike", seconds(waited), "s");
        List<String> wrong = new ArrayList<>();
        expected.forEach((module, want) -> {
            var got = shown.get(module);
            report.text("projection " + module, "expected " + want + ", shown " + got);
            if (got == null || !want.metBy(got)) {
                wrong.add(module + ": expected " + want + ", shown " + got);
            }
        });
        List<String> poisonMissing =
                poison.missingFromDeadLetters(world.stack.kafkaBootstrapServers(), Duration.ofSeconds(30));
        report.figure("poison records in the dead-letter topic", poison.count() - poisonMissing.size(), "count");
        report.loadAverage("at end");

        assertThat(outcome.receipts()).as("receipts").isNotEmpty();
        assertThat(stored.missing()).as("receipted essays lost").isZero();
        assertThat(stored.duplicateReceipts())
                .as("submission ids receipted twice")
                .isZero();
        assertThat(stored.storedOnce()).as("receipts stored exactly once").isEqualTo(stored.receipts());
        assertThat(stored.hashMismatches()).as("hash mismatches").isZero();
        assertThat(stored.withoutReceiptNotReadable())
                .as("stored essays the server has no receipt for")
                .isZero();
        assertThat(repeated).as("attempt numbers given twice").isZero();
        assertThat(outcome.lateRefusals()).as("late essays refused").isPositive();
        assertThat(lateReceipts).as("receipts before the late module's cutoff").isPositive();
        assertThat(lateStored).as("late essays stored").isZero();
        assertThat(wrong).as("projections differing from the store").isEmpty();
        assertThat(poisonMissing).as("poison not dead-lettered").isEmpty();
    }

    private static void pause(Duration d) throws InterruptedException {
        Thread.sleep(d.toMillis());
    }

    private static double seconds(long since) {
        return Math.round((System.nanoTime() - since) / 1e8) / 10.0;
    }

    /** The modules of the run: some open throughout, one whose cutoff falls inside the spike. */
    record FaultModules(String programme, List<String> open, String late, Instant lateCutoff) {
        List<String> all() {
            List<String> all = new ArrayList<>(open);
            all.add(late);
            return all;
        }

        /** Due within hours, so every submission falls into the dashboard's 24 submission hours before the cutoff. */
        static FaultModules create(BenchWorld world, int count, Duration lateAfter) throws Exception {
            String admin = world.adminToken();
            String programme = programme(world, admin);
            Instant opens = Instant.now().minus(Duration.ofMinutes(1)).truncatedTo(ChronoUnit.SECONDS);
            List<String> open = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                open.add(module(world, admin, programme, "故障演练板块" + (i + 1), opens, opens.plus(Duration.ofHours(3))));
            }
            Instant cutoff = Instant.now().plus(lateAfter).truncatedTo(ChronoUnit.SECONDS);
            return new FaultModules(
                    programme, open, module(world, admin, programme, "故障演练截止板块", opens, cutoff), cutoff);
        }

        private static String programme(BenchWorld world, String admin) throws Exception {
            var list = world.gateway.get("/api/plan/programmes", admin);
            String found = null;
            for (var p : list.json()) {
                if ("截止高峰压测项目".equals(p.path("name").asString())) {
                    found = p.path("id").asString(); // on a reused home, the last one is this run's
                }
            }
            if (found == null) {
                throw new IllegalStateException("the benchmark programme is not listed: " + list);
            }
            return found;
        }

        private static String module(
                BenchWorld world, String admin, String programme, String title, Instant opens, Instant due)
                throws Exception {
            String body = """
                    {"programmeId":"%s","title":"%s","prompt":"撰写研修心得","maxPoints":20,"opensAt":"%s","dueAt":"%s"}""".formatted(
                            programme,
                            title,
                            opens.atZone(SHANGHAI).toOffsetDateTime(),
                            due.atZone(SHANGHAI).toOffsetDateTime());
            return Eventually.reply(
                            Duration.ofSeconds(30),
                            () -> world.gateway.post("/api/assignments/modules", admin, body),
                            201)
                    .text("id");
        }
    }
}
