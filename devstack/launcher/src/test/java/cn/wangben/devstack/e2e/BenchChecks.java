package cn.wangben.devstack.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bson.Document;

/** The receipts of the spike: which were accepted, when, and was every one kept exactly once and readable back? */
final class BenchChecks {
    static final String DATABASE = "wangben_assignment";

    record Stored(int receipts, int storedOnce, int missing, int duplicateReceipts, int storedWithoutReceipt) {}

    /** The end-of-run checks of the receipts: stored once each, and a sample read back through the gateway. */
    record Verdict(Stored stored, int readBack, int sampled) {
        void assertKept() {
            assertThat(stored.storedOnce()).isEqualTo(stored.receipts());
            assertThat(stored.duplicateReceipts()).isZero();
            assertThat(readBack).isEqualTo(sampled);
        }
    }

    private BenchChecks() {}

    /** Runs both checks and prints their figures; the caller asserts (after its other figures are printed). */
    static Verdict verify(BenchWorld world, List<BenchLoad.Result> accepted, int sample, BenchReport report)
            throws Exception {
        Stored stored = stored(world, accepted);
        report.figure("receipts", stored.receipts(), "count");
        report.figure("receipts stored exactly once", stored.storedOnce(), "count");
        report.figure("receipts missing in store", stored.missing(), "count");
        report.figure("duplicate receipts", stored.duplicateReceipts(), "count");
        report.figure("stored without receipt (client gave up)", stored.storedWithoutReceipt(), "count");
        List<BenchLoad.Result> sampled = new ArrayList<>(accepted);
        Collections.shuffle(sampled);
        sampled = sampled.subList(0, Math.min(sample, sampled.size()));
        int readBack = readBack(world, sampled);
        report.figure("receipts read back through gateway (sample)", readBack, "of " + sampled.size());
        return new Verdict(stored, readBack, sampled.size());
    }

    /**
     * Receipts against assignment-service's own database: each id stored once, none missing, no id handed out twice,
     * and nothing stored for which no receipt arrived (a client that gave up on an essay the server then kept).
     */
    static Stored stored(BenchWorld world, List<BenchLoad.Result> accepted) {
        Map<String, Integer> stored = new HashMap<>();
        try (MongoClient client = MongoClients.create(world.stack.mongoUri(DATABASE))) {
            for (Document d : client.getDatabase(DATABASE)
                    .getCollection("submissions")
                    .find(Filters.in("moduleId", world.modules))
                    .projection(Projections.include("_id"))) {
                stored.merge(d.getString("_id"), 1, Integer::sum);
            }
        }
        Set<String> receipts = new HashSet<>();
        int duplicates = 0;
        int once = 0;
        int missing = 0;
        for (BenchLoad.Result r : accepted) {
            if (!receipts.add(r.submissionId())) {
                duplicates++;
                continue;
            }
            int n = stored.getOrDefault(r.submissionId(), 0);
            once += n == 1 ? 1 : 0;
            missing += n == 0 ? 1 : 0;
        }
        int unreceipted = 0;
        for (String id : stored.keySet()) {
            unreceipted += receipts.contains(id) ? 0 : 1;
        }
        return new Stored(accepted.size(), once, missing, duplicates, unreceipted);
    }

    /**
     * Distinct (teacher, module) pairs stored for the world's modules, once the store has stopped growing: under
     * overload the client gives up on requests the platform still completes, and the dashboard rightly counts those.
     */
    static int storedPairs(BenchWorld world, Duration patience) throws InterruptedException {
        try (MongoClient client = MongoClients.create(world.stack.mongoUri(DATABASE))) {
            var submissions = client.getDatabase(DATABASE).getCollection("submissions");
            long deadline = System.nanoTime() + patience.toNanos();
            long last = -1;
            long now;
            while ((now = submissions.countDocuments(Filters.in("moduleId", world.modules))) != last
                    && System.nanoTime() < deadline) {
                last = now;
                Thread.sleep(3000);
            }
            Set<String> pairs = new HashSet<>();
            for (Document d : submissions
                    .find(Filters.in("moduleId", world.modules))
                    .projection(Projections.include("teacherId", "moduleId"))) {
                pairs.add(d.getString("teacherId") + ":" + d.getString("moduleId"));
            }
            return pairs.size();
        }
    }

    /** A sample of receipts read back through the gateway as their teachers: 200 and the same hash. */
    static int readBack(BenchWorld world, List<BenchLoad.Result> sample) throws Exception {
        Set<Integer> teachers = new HashSet<>();
        sample.forEach(r -> teachers.add(r.teacher()));
        world.tokens(new ArrayList<>(teachers), Duration.ofMinutes(1));
        int ok = 0;
        for (BenchLoad.Result r : sample) {
            var reply =
                    world.gateway.get("/api/assignments/submissions/" + r.submissionId(), world.tokens[r.teacher()]);
            ok += reply.status() == 200 && r.sha256().equals(reply.text("sha256")) ? 1 : 0;
        }
        return ok;
    }

    static List<BenchLoad.Result> accepted(List<BenchLoad.Result> results) {
        return results.stream().filter(r -> r.status() == 201).toList();
    }

    /** When each receipt arrived, sorted: what the outbox relay should have handed on by then. */
    static List<Long> times(List<BenchLoad.Result> receipts) {
        return receipts.stream().map(BenchLoad.Result::doneNanos).sorted().toList();
    }

    /** When each distinct (teacher, module) pair was first accepted, sorted: what the dashboard should count by then. */
    static List<Long> firstOfPair(List<BenchLoad.Result> receipts) {
        Map<Long, Long> first = new HashMap<>();
        for (BenchLoad.Result r : receipts) {
            first.merge(((long) r.teacher() << 32) | r.module(), r.doneNanos(), Math::min);
        }
        return first.values().stream().sorted().toList();
    }
}
