package cn.wangben.scoring.bench;

import cn.wangben.platform.domain.Caller;
import cn.wangben.platform.domain.Role;
import cn.wangben.platform.messaging.EventCodec;
import cn.wangben.scoring.dashboard.CountyDashboard;
import cn.wangben.scoring.dashboard.DashboardDesk;
import cn.wangben.scoring.dashboard.ModuleFigures;
import cn.wangben.testinfra.WangbenIntegrationTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Not part of the suite (the name matches no test pattern); run it by name:
 *
 * <pre>./mvnw -o -q -pl scoring-service -am -Dskip.web=true verify -Dtest=none -Dit.test=ProjectionLagBenchmark \
 *   -Dsurefire.failIfNoSpecifiedTests=false -Dfailsafe.failIfNoSpecifiedTests=false</pre>
 *
 * Event → dashboard lag through the real path: the embedded KRaft broker, the service's own consumers (inbox, intake,
 * fact writes, counter settling) and Mongo. A county of 100 schools is set up; then 400 events/s are published for
 * 60 s (nine in ten a first submission of a new teacher, one in ten a grade of an earlier one). A reader polls the
 * county dashboard (DashboardDesk, the read path of the endpoint) every 50 ms; submission k's lag is the time from
 * its publication until the dashboard first shows at least k submissions. Prints name: value unit lines, asserts
 * nothing about time.
 */
@WangbenIntegrationTest
class ProjectionLagBenchmark {
    static final int RATE = 400;
    static final Duration LOAD = Duration.ofSeconds(60);
    static final Duration CATCH_UP = Duration.ofSeconds(240);
    static final int SCHOOLS = 100;

    @Autowired
    DashboardDesk dashboards;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Autowired
    EventCodec codec;

    @Test
    void lagFromPublicationToTheCountyDashboardUnderFourHundredEventsASecond() throws Exception {
        long rawInserts = Ceilings.mongoInsertsPerSecond(mongo, 5_000);
        long rawProduces = Ceilings.kafkaProducesPerSecond(kafka, 50_000);
        BenchCounty c = new BenchCounty("lag" + System.nanoTime(), SCHOOLS);
        AsyncPublisher publisher = new AsyncPublisher(kafka, codec);
        c.setup(publisher::publish);
        publisher.flush();
        Caller official = new Caller("o", "official", null, null, Set.of(Role.OFFICIAL), Set.of(c.county));
        awaitSetup(official, c);

        int total = RATE * (int) LOAD.toSeconds();
        long[] published = new long[total + 1];
        long[] lag = new long[total + 1];
        AtomicLong counted = new AtomicLong();
        Thread reader = new Thread(() -> read(official, c, published, lag, counted), "dashboard-reader");
        reader.start();
        long start = System.nanoTime();
        long tick = 1_000_000_000L / RATE;
        int submissions = 0;
        for (int i = 0; i < total; i++) {
            long due = start + i * tick;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
            if (i % 10 == 9 && submissions > 1) {
                publisher.publish(c.graded(submissions - 1, 1, "良好", new java.math.BigDecimal("15.5")));
            } else {
                submissions++;
                published[submissions] = System.nanoTime();
                publisher.publish(c.submitted(submissions, 1, BenchCounty.DUE_1.minusSeconds(60)));
            }
        }
        publisher.flush();
        long offeredNanos = System.nanoTime() - start;
        long deadline = System.nanoTime() + CATCH_UP.toNanos();
        while (counted.get() < submissions && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        reader.interrupt();
        reader.join();
        long seen = counted.get();
        long[] lags = Arrays.copyOfRange(lag, 1, (int) seen + 1);
        Arrays.sort(lags);
        long lastApplied = seen == 0 ? 0 : published[(int) seen] + lag[(int) seen];
        System.out.printf("events offered/s: %.1f events/s%n", total * 1e9 / offeredNanos);
        System.out.printf(
                "events applied/s: %.1f events/s%n", total * 1e9 * seen / submissions / (lastApplied - start));
        System.out.printf("submissions seen on the dashboard: %d of %d%n", seen, submissions);
        System.out.printf("event to dashboard lag p50: %.1f ms%n", percentile(lags, 50) / 1e6);
        System.out.printf("event to dashboard lag p99: %.1f ms%n", percentile(lags, 99) / 1e6);
        System.out.printf("event to dashboard lag max: %.1f ms%n", lags.length == 0 ? 0 : lags[lags.length - 1] / 1e6);
        System.out.printf("raw mongo single inserts/s: %d inserts/s%n", rawInserts);
        System.out.printf("raw kafka produce/s: %d records/s%n", rawProduces);
    }

    private void read(Caller official, BenchCounty c, long[] published, long[] lag, AtomicLong counted) {
        while (!Thread.currentThread().isInterrupted()) {
            int submitted = submitted(dashboards.county(official, c.county, c.programme));
            long now = System.nanoTime();
            for (long k = counted.get() + 1; k <= submitted && k < published.length; k++) {
                lag[(int) k] = now - published[(int) k];
            }
            counted.set(Math.max(counted.get(), Math.min(submitted, published.length - 1)));
            try {
                Thread.sleep(50);
            } catch (InterruptedException stop) {
                return;
            }
        }
    }

    private void awaitSetup(Caller official, BenchCounty c) throws InterruptedException {
        long deadline = System.nanoTime() + CATCH_UP.toNanos();
        while (System.nanoTime() < deadline) {
            CountyDashboard d = dashboards.county(official, c.county, c.programme);
            if (d.modules().size() == 3 && d.schools().size() == SCHOOLS) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the county's setup did not arrive");
    }

    private static int submitted(CountyDashboard d) {
        List<ModuleFigures> modules = new ArrayList<>(d.modules());
        return modules.isEmpty() ? 0 : modules.get(0).tally().submitted();
    }

    private static long percentile(long[] sorted, int p) {
        return sorted.length == 0
                ? 0
                : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }
}
