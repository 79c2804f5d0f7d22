package cn.wangben.devstack.e2e;

import cn.wangben.devstack.Component;
import cn.wangben.devstack.Devstack;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * One {@code name: value unit} line per figure, printed as it is known (a run cut short still shows what it had) and
 * written to a file at the end; plus what the machine was doing, since 2 shared cores make every figure relative.
 */
final class BenchReport {
    /** Linux USER_HZ, the unit of /proc/<pid>/stat times; 100 on every mainstream kernel build. */
    private static final double TICKS_PER_SECOND = 100;

    private static final String JIT = "jit:";

    private final List<String> lines = new ArrayList<>();

    /** What a benchmark does on the started platform; {@code started}: nanoTime before the platform started. */
    @FunctionalInterface
    interface OnPlatform {
        void run(Devstack stack, long started) throws Exception;
    }

    /**
     * Starts the shared platform (timed, with the load average and the machine), runs the benchmark on it and stops
     * it here, not by the shutdown hook: failsafe kills a fork whose hooks outlast 30 s, orphaning servers.
     */
    void onPlatform(OnPlatform benchmark) throws Exception {
        loadAverage("at start");
        text(
                "machine",
                Runtime.getRuntime().availableProcessors() + " cores, " + System.getProperty("os.name") + ", Java "
                        + System.getProperty("java.version"));
        long started = System.nanoTime();
        Devstack stack = SharedPlatform.getPatiently();
        figure("platform start", seconds(started), "s");
        try {
            benchmark.run(stack, started);
        } finally {
            SharedPlatform.stopNow();
        }
    }

    /** Seconds since a nanoTime, to a tenth. */
    static double seconds(long since) {
        return Math.round((System.nanoTime() - since) / 1e8) / 10.0;
    }

    void figure(String name, double value, String unit) {
        String number = value == Math.rint(value) && Math.abs(value) < 1e15
                ? Long.toString((long) value)
                : String.format(Locale.ROOT, Math.abs(value) < 10 ? "%.2f" : "%.1f", value);
        line(name + ": " + number + (unit.isEmpty() ? "" : " " + unit));
    }

    void text(String name, String value) {
        line(name + ": " + value);
    }

    void loadAverage(String when) {
        text("load average " + when, loadAverage());
    }

    private synchronized void line(String line) {
        System.out.println(line);
        lines.add(line);
    }

    void write(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, lines);
        System.out.println("figures written to " + file);
    }

    /** The 1-, 5- and 15-minute load averages (runnable threads; this machine has 2 cores). */
    static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** Throughput, latency and errors of one run's measured window; returns accepted/s. */
    double spike(String prefix, BenchLoad.Run run) {
        List<BenchCall> measured = run.measured().stream()
                .map(r -> new BenchCall(r.sentNanos(), r.doneNanos(), r.status()))
                .toList();
        long ok = measured.stream().filter(c -> c.status() == 201).count();
        double perSecond = ok / run.seconds();
        figure(prefix + "submissions accepted/s", perSecond, "submissions/s");
        figure(prefix + "requests completed in window", measured.size(), "count");
        outcome(prefix + "submission latency", prefix, measured, ok);
        return perSecond;
    }

    /**
     * Rate, latency and errors of one kind of request made by the other actors of the spike (officials, graders);
     * any answer but 2xx is an error.
     */
    void calls(String kind, List<BenchCall> calls, double seconds) {
        long ok = calls.stream().filter(c -> c.status() / 100 == 2).count();
        figure(kind + " answered/s", ok / seconds, "requests/s");
        figure(kind + " requests", calls.size(), "count");
        outcome(kind + " latency", kind + " ", calls, ok);
    }

    private void outcome(String latency, String prefix, List<BenchCall> calls, long ok) {
        latencies(
                latency,
                new ArrayList<>(calls.stream().map(BenchCall::latencyMillis).toList()));
        double errors = calls.isEmpty() ? 0 : 100.0 * (calls.size() - ok) / calls.size();
        figure(prefix + "error rate", Math.round(errors * 100) / 100.0, "%");
        figure(
                prefix + "429 responses",
                calls.stream().filter(c -> c.status() == 429).count(),
                "count");
        figure(
                prefix + "no answer (timeout or connection)",
                calls.stream().filter(c -> c.status() == -1).count(),
                "count");
    }

    /** p50, p95, p99 and max; sorts the list. */
    void latencies(String name, List<Long> millis) {
        Collections.sort(millis);
        for (int p : new int[] {50, 95, 99, 100}) {
            figure(name + " " + (p == 100 ? "max" : "p" + p), percentile(millis, p), "ms");
        }
    }

    /** Nearest-rank percentile of sorted values. */
    static long percentile(List<Long> sorted, double p) {
        if (sorted.isEmpty()) {
            return -1;
        }
        int rank = (int) Math.ceil(p / 100 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size(), rank) - 1));
    }

    /**
     * CPU time (ticks) of each platform process with its children (Keycloak runs as kc.sh and its java), and of this
     * JVM, which generates the load on the same cores. The pids come from the devstack home's pids folder.
     */
    static Map<String, Long> cpuTicks(Devstack stack) {
        Map<String, Long> ticks = new LinkedHashMap<>();
        pids(stack).forEach((name, pid) -> {
            ticks.put(name, tree(pid).map(BenchReport::ticks).sum());
            ticks.put(JIT + name, tree(pid).map(BenchReport::compilerTicks).sum());
        });
        return ticks;
    }

    /** CPU % (of one core) per process between two snapshots, and the resident memory now. */
    void processes(Devstack stack, Map<String, Long> before, Map<String, Long> after, double seconds) {
        Map<String, Long> pids = pids(stack);
        for (var e : after.entrySet()) {
            double cpu = (e.getValue() - before.getOrDefault(e.getKey(), 0L)) / TICKS_PER_SECOND / seconds * 100;
            if (e.getKey().startsWith(JIT)) {
                // a JVM still compiling its hot code spends its share of the two cores on that, not on requests;
                // compiler threads that exited in between take their ticks with them, hence the floor at 0
                figure("jit compiler cpu " + e.getKey().substring(JIT.length()), Math.max(0, cpu), "% of one core");
                continue;
            }
            figure("cpu " + e.getKey(), cpu, "% of one core");
            long rssKb = tree(pids.get(e.getKey())).map(BenchReport::rssKb).sum();
            figure("rss " + e.getKey(), Math.round(rssKb / 1024.0), "MiB");
        }
    }

    private static Map<String, Long> pids(Devstack stack) {
        Map<String, Long> pids = new LinkedHashMap<>();
        for (Component c : Component.values()) {
            Path file = stack.options().home().resolve("pids").resolve(c.id() + ".pid");
            Properties p = new Properties();
            try (Reader in = Files.newBufferedReader(file)) {
                p.load(in);
                pids.put(c.id(), Long.parseLong(p.getProperty("pid")));
            } catch (IOException | RuntimeException e) {
                // not running or no record: that process is left out of the table
            }
        }
        pids.put("benchmark client (this JVM)", ProcessHandle.current().pid());
        return pids;
    }

    /**
     * The process and its descendants, as pids; none if the process is gone. This JVM alone: the platform's processes
     * are its children, and are counted on their own lines.
     */
    private static LongStream tree(Long pid) {
        if (pid == null || pid == ProcessHandle.current().pid()) {
            return pid == null ? LongStream.empty() : LongStream.of(pid);
        }
        return ProcessHandle.of(pid).stream()
                .flatMap(h -> Stream.concat(Stream.of(h), h.descendants()))
                .mapToLong(ProcessHandle::pid);
    }

    /** The process's own CPU, all its threads. */
    private static long ticks(long pid) {
        return taskTicks(Path.of("/proc", Long.toString(pid), "stat"));
    }

    /** CPU of the process's JIT compiler threads (HotSpot names them "C1 CompilerThre…", "C2 CompilerThre…"). */
    private static long compilerTicks(long pid) {
        try (Stream<Path> tasks = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
            return tasks.filter(BenchReport::isCompilerThread)
                    .mapToLong(task -> taskTicks(task.resolve("stat")))
                    .sum();
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private static boolean isCompilerThread(Path task) {
        try {
            String name = Files.readString(task.resolve("comm")).strip();
            return name.startsWith("C1 Compiler") || name.startsWith("C2 Compiler");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** utime + stime of a process or thread: fields 14 and 15, counted after the name, which may hold spaces. */
    private static long taskTicks(Path stat) {
        try {
            String line = Files.readString(stat);
            String[] f = line.substring(line.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(f[11]) + Long.parseLong(f[12]);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private static long rssKb(long pid) {
        try (Stream<String> status = Files.lines(Path.of("/proc", Long.toString(pid), "status"))) {
            return status.filter(l -> l.startsWith("VmRSS:"))
                    .mapToLong(l -> Long.parseLong(l.replaceAll("\\D", "")))
                    .sum();
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
