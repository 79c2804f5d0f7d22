package cn.wangben.scoring.bench;

import cn.wangben.platform.domain.Caller;
import cn.wangben.platform.domain.Role;
import cn.wangben.platform.messaging.EventCodec;
import cn.wangben.scoring.projection.EventLog;
import cn.wangben.scoring.projection.LogEnd;
import cn.wangben.scoring.projection.ProjectionRebuild;
import cn.wangben.scoring.projection.RebuildReport;
import cn.wangben.testinfra.WangbenIntegrationTest;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Not part of the suite (the name matches no test pattern); run it by name:
 *
 * <pre>./mvnw -o -q -pl scoring-service -am -Dskip.web=true verify -Dtest=none -Dit.test=ProjectionRebuildBenchmark \
 *   -Dsurefire.failIfNoSpecifiedTests=false -Dfailsafe.failIfNoSpecifiedTests=false</pre>
 *
 * Publishes ten generated counties (100 schools and 10,000 teachers each: about 320,000 events of every kind the
 * projections use) to the embedded broker with the live consumers stopped, then times a whole rebuild through the
 * use case the endpoint calls: stop, read every topic from offset 0, compute in memory, bulk-write fresh
 * collections, swap, resume. Prints name: value unit lines, asserts nothing about time.
 */
@WangbenIntegrationTest
class ProjectionRebuildBenchmark {
    // smaller runs while iterating: -Dbench.counties=2
    static final int COUNTIES = Integer.getInteger("bench.counties", 10);
    static final int SCHOOLS = 100;
    static final int TEACHERS = Integer.getInteger("bench.teachers", 10_000);

    @Autowired
    ProjectionRebuild rebuild;

    @Autowired
    EventLog log;

    @Autowired
    KafkaListenerEndpointRegistry listeners;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Autowired
    EventCodec codec;

    @Test
    void rebuildRateFromTheLog() throws Exception {
        listeners.stop();
        long rawProduces = Ceilings.kafkaProducesPerSecond(kafka, 100_000);
        long rawBulk = Ceilings.mongoBulkInsertsPerSecond(mongo, 200_000);
        AsyncPublisher publisher = new AsyncPublisher(kafka, codec);
        AtomicLong published = new AtomicLong();
        long start = System.nanoTime();
        for (int n = 0; n < COUNTIES; n++) {
            BenchCounty c = new BenchCounty("rb" + n, SCHOOLS);
            c.setup(e -> {
                publisher.publish(e);
                published.incrementAndGet();
            });
            for (long t = 0; t < TEACHERS; t++) {
                c.teacher(t, e -> {
                    publisher.publish(e);
                    published.incrementAndGet();
                });
            }
            publisher.publish(c.released(1));
            published.incrementAndGet();
        }
        publisher.flush();
        long publishNanos = System.nanoTime() - start;

        long readStart = System.nanoTime();
        LogEnd read = log.readAll(e -> {});
        long readNanos = System.nanoTime() - readStart;

        Caller ops = new Caller("ops", "ops", null, null, Set.of(Role.PLATFORM_ADMIN), Set.of());
        RebuildReport report = rebuild.rebuild(ops);

        System.out.printf(
                "events published: %d events (%.0f events/s)%n", published.get(), published.get() * 1e9 / publishNanos);
        System.out.printf("rebuild events replayed: %d events%n", report.events());
        System.out.printf("rebuild documents written: %d documents%n", report.documents());
        System.out.printf("rebuild duration: %d ms%n", report.millis());
        System.out.printf("projection rebuild rate: %d events/s%n", report.eventsPerSecond());
        report.phases().forEach((phase, ms) -> System.out.printf("rebuild phase %s: %d ms%n", phase, ms));
        System.out.printf(
                "rebuild read, decode and fold: %.0f events/s%n",
                report.events() * 1e3 / Math.max(1, report.phases().get("read")));
        System.out.printf("log read and decode only: %.0f events/s%n", read.events() * 1e9 / readNanos);
        System.out.printf("raw kafka produce/s: %d records/s%n", rawProduces);
        System.out.printf("raw mongo insertMany/s: %d documents/s%n", rawBulk);
    }
}
