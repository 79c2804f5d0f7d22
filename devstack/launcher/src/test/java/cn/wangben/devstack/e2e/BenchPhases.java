package cn.wangben.devstack.e2e;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Figures from parts of a load run that its window's totals hide. */
final class BenchPhases {
    private static final long NANOS_PER_SECOND = 1_000_000_000L;
    private static final int CREATED = 201;

    private BenchPhases() {}

    /**
     * The warm-up's first {@code cold} on JVMs that just started: what an instance started (or scaled out) during the
     * deadline hour answers, at the ramp's low rates, until its JIT has compiled the path.
     */
    static void cold(BenchReport report, BenchLoad.Run warmUp, Duration cold) {
        long start = warmUp.from();
        long span = Math.min(cold.toNanos(), warmUp.to() - warmUp.from());
        if (span <= 0) {
            return;
        }
        List<BenchLoad.Result> first = warmUp.results().stream()
                .filter(r -> r.sentNanos() >= start && r.sentNanos() < start + span)
                .toList();
        long ok = first.stream().filter(r -> r.status() == CREATED).count();
        String label = "cold (first " + span / NANOS_PER_SECOND + " s of the warm-up ramp) ";
        report.figure(label + "submissions accepted/s", ok / (span / 1e9), "submissions/s");
        List<Long> latencies =
                first.stream().map(BenchLoad.Result::latencyMillis).sorted().toList();
        report.figure(label + "submission latency p99", BenchReport.percentile(latencies, 99), "ms");
    }

    /**
     * An open loop second by second, by when requests were due: a p99 set by one stall and one set by steady queueing
     * read alike as a single figure, and they need different fixes.
     */
    static void seconds(BenchReport report, BenchLoad.Run open, long slowMillis) {
        Map<Long, List<Long>> bySecond = new TreeMap<>();
        for (BenchLoad.Result r : open.measured()) {
            bySecond.computeIfAbsent((r.sentNanos() - open.from()) / NANOS_PER_SECOND, s -> new ArrayList<>())
                    .add(r.latencyMillis());
        }
        long slow = 0;
        long worst = -1;
        long worstAt = -1;
        for (var second : bySecond.entrySet()) {
            long p99 =
                    BenchReport.percentile(second.getValue().stream().sorted().toList(), 99);
            slow += p99 > slowMillis ? 1 : 0;
            if (p99 > worst) {
                worst = p99;
                worstAt = second.getKey();
            }
        }
        report.figure(
                "open loop seconds with p99 over " + slowMillis + " ms", slow, "of " + bySecond.size() + " seconds");
        report.figure("open loop worst second p99", worst, "ms");
        report.figure("open loop worst second starts at", worstAt, "s into the window");
    }
}
