package cn.wangben.devstack.e2e;

import cn.wangben.devstack.Component;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.ToLongFunction;

/**
 * The far end of the flow, watched from outside: the county dashboard (scoring-service, fed by EssaySubmitted over
 * Kafka) and, to tell the two halves of the lag apart, assignment-service's own count of events its outbox relay has
 * handed to Kafka. The dashboard counts each teacher once per module, so it is compared with the distinct (teacher,
 * module) pairs of the accepted receipts; the relay's count with all accepted receipts.
 */
final class BenchDashboard {
    /** 5/s is qs-county-admin's refill at the gateway: polling faster would only measure 429s. */
    static final Duration POLL = Duration.ofMillis(200);

    private static final String RELAYED = "wangben_outbox_published_total{";
    /** Only the one family is collected and written: a whole scrape each second cost the service about 5 % of its CPU. */
    private static final String RELAYED_ONLY =
            "/actuator/prometheus?includedNames=wangben_outbox_published,wangben_outbox_published_total";

    private static final String SUBMISSIONS_TOPIC = "topic=\"wangben.assignment.submissions.v1\"";

    record Sample(long nanos, long counted, long relayed) {}

    /** When the relay had handed over every event, and when the dashboard showed every pair (-1: not in time). */
    record Convergence(long relayedAt, long countedAt) {}

    private final BenchWorld world;
    private final GatewayClient assignment;
    private final long relayedBefore;
    private volatile String admin;
    final List<Sample> samples = new CopyOnWriteArrayList<>();
    private volatile boolean sampling;

    BenchDashboard(BenchWorld world) throws Exception {
        this.world = world;
        this.assignment = new GatewayClient("http://127.0.0.1:" + world.stack.port(Component.ASSIGNMENT_SERVICE));
        this.admin = world.adminToken();
        this.relayedBefore = relayed();
    }

    /** The dashboard's count summed over the benchmark's modules; -1 if it did not answer 200. */
    int count() throws Exception {
        var reply = world.gateway.get("/api/scoring/dashboards/counties/" + BenchWorld.COUNTY, admin);
        if (reply.status() == 401) {
            admin = world.adminToken(); // five-minute tokens; a long convergence can outlive one
        }
        return reply.status() == 200 ? submitted(reply.json(), world.modules) : -1;
    }

    /** The dashboard's submitted count summed over these modules (each teacher once per module). */
    static int submitted(tools.jackson.databind.JsonNode dashboard, List<String> modules) {
        int total = 0;
        for (String module : modules) {
            total += dashboard.path("submittedByModule").path(module).asInt(0);
        }
        return total;
    }

    /** EssaySubmitted events relayed to Kafka since this watch began (the service's Prometheus counter). */
    long relayed() throws Exception {
        for (String line : assignment.get(RELAYED_ONLY, null).raw().split("\n")) {
            if (line.startsWith(RELAYED) && line.contains(SUBMISSIONS_TOPIC)) {
                long total = (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
                return total - relayedBefore;
            }
        }
        return 0;
    }

    /** Samples once a second in the background during the load, to estimate the lag while it lasts. */
    void startSampling() {
        startSampling(Duration.ofSeconds(1));
    }

    void startSampling(Duration every) {
        sampling = true;
        Thread sampler = new Thread(
                () -> {
                    while (sampling) {
                        try {
                            int c = count();
                            if (c >= 0) {
                                samples.add(new Sample(System.nanoTime(), c, relayed()));
                            }
                            Thread.sleep(every.toMillis());
                        } catch (Exception e) {
                            return;
                        }
                    }
                },
                "bench-dashboard-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    void stopSampling() {
        sampling = false;
    }

    /** Polls both until the relay has {@code events} and the dashboard {@code pairs}, or patience runs out. */
    Convergence await(long events, int pairs, Duration patience) throws Exception {
        long deadline = System.nanoTime() + patience.toNanos();
        long relayedAt = -1;
        long countedAt = -1;
        while (System.nanoTime() < deadline && (relayedAt < 0 || countedAt < 0)) {
            if (relayedAt < 0 && relayed() >= events) {
                relayedAt = System.nanoTime();
            }
            if (countedAt < 0 && count() >= pairs) {
                countedAt = System.nanoTime();
            }
            Thread.sleep(POLL.toMillis());
        }
        return new Convergence(relayedAt, countedAt);
    }

    /**
     * Lag while loaded, estimated per sample: a stage that shows n is as far behind as the time since the n+1st
     * acceptance it should reflect (0 if it shows them all). {@code accepted} holds those times, sorted.
     */
    List<Long> lagMillis(ToLongFunction<Sample> shown, List<Long> accepted, long from, long to) {
        List<Long> lags = new ArrayList<>();
        for (Sample s : samples) {
            if (s.nanos() < from || s.nanos() >= to) {
                continue;
            }
            int acceptedBy = Collections.binarySearch(accepted, s.nanos());
            acceptedBy = acceptedBy >= 0 ? acceptedBy + 1 : -acceptedBy - 1;
            long n = shown.applyAsLong(s);
            lags.add(n >= acceptedBy ? 0 : (s.nanos() - accepted.get((int) n)) / 1_000_000);
        }
        Collections.sort(lags);
        return lags;
    }
}
