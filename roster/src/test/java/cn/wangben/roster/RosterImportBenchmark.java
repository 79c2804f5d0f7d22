package cn.wangben.roster;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Not a test: generates a 100,000-row roster into target/ and imports it, printing throughput and
 * peak heap. Run with -Xmx256m (see README). Goal: ≥ 20,000 rows/s, heap ≤ 256 MB. Two warm-up
 * imports, then three measured ones; the figure is the median, and the importing thread's CPU time
 * is printed too because wall time on a shared build machine depends on its load.
 */
public final class RosterImportBenchmark {

    private static final int RUNS = 3;
    private static final long MB = 1024 * 1024;

    private RosterImportBenchmark() {}

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path dir = Files.createDirectories(args.length > 1 ? Path.of(args[1]) : defaultDir());
        Path file = dir.resolve("roster-" + rows + ".xlsx");
        if (!Files.exists(file)) {
            LargeRosterFile.write(file, rows, 2026L);
        }
        System.out.printf("roster file: %s (%d KB)%n", file, Files.size(file) / 1024);
        RosterImporter importer = Rosters.importer();
        // warm-up: JIT compilation and class loading are not the import's cost
        for (int i = 0; i < 2; i++) {
            importer.importRoster(file, false);
        }
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] wall = new long[RUNS];
        long peak = 0;
        RosterResult result = null;
        for (int run = 0; run < RUNS; run++) {
            result = null;
            System.gc();
            HeapSampler sampler = HeapSampler.start(memory);
            long cpu = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            result = importer.importRoster(file, false);
            wall[run] = System.nanoTime() - start;
            cpu = threads.getCurrentThreadCpuTime() - cpu;
            peak = Math.max(peak, sampler.finish());
            check(result, rows);
            System.out.printf(
                    "run %d: %d ms wall, %d ms CPU of the importing thread%n",
                    run + 1, wall[run] / 1_000_000, cpu / 1_000_000);
        }
        Arrays.sort(wall);
        long median = wall[RUNS / 2];
        System.gc();
        long retained = memory.getHeapMemoryUsage().getUsed();
        System.out.printf("roster import: %d rows/s%n", Math.round(rows / (median / 1e9)));
        System.out.printf("roster import peak heap: %d MB%n", peak / MB);
        System.out.printf(
                "heap retained by the result of %d teachers: %d MB (max heap %d MB)%n",
                result.teachers().size(), retained / MB, Runtime.getRuntime().maxMemory() / MB);
    }

    /** target/benchmark of this module, whether started from the repository root or from roster/. */
    private static Path defaultDir() {
        Path fromRoot = Path.of("roster", "target");
        return (Files.isDirectory(fromRoot) ? fromRoot : Path.of("target")).resolve("benchmark");
    }

    private static void check(RosterResult result, int rows) {
        if (result.hasErrors() || result.teachers().size() != rows) {
            throw new IllegalStateException("benchmark roster did not import cleanly: " + result);
        }
    }

    /** Samples used heap every few milliseconds; MemoryMXBean has no peak of its own across GCs. */
    private static final class HeapSampler extends Thread {
        private final MemoryMXBean memory;
        private final AtomicLong peak = new AtomicLong();
        private volatile boolean running = true;

        private HeapSampler(MemoryMXBean memory) {
            this.memory = memory;
            setDaemon(true);
        }

        static HeapSampler start(MemoryMXBean memory) {
            HeapSampler sampler = new HeapSampler(memory);
            sampler.start();
            return sampler;
        }

        @Override
        public void run() {
            while (running) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                LockSupport.parkNanos(2_000_000);
            }
        }

        long finish() throws InterruptedException {
            running = false;
            join();
            return Math.max(peak.get(), memory.getHeapMemoryUsage().getUsed());
        }
    }
}
