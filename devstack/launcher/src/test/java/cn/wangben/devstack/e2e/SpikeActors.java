package cn.wangben.devstack.e2e;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * People acting in the background of the spike, one thread each, each at their own pace until stopped. A step that
 * throws ends that person's part and is reported when they are stopped, so a broken actor is not mistaken for a quiet
 * one.
 */
final class SpikeActors {
    private final ExecutorService pool = Executors.newCachedThreadPool();
    private final List<Future<?>> running = new ArrayList<>();
    private volatile boolean stopped;

    @FunctionalInterface
    interface Step {
        /** One action; returns how long the person then waits before the next. */
        Duration run() throws Exception;
    }

    /** Starts a person after {@code delay} (to spread people evenly over their period). */
    void start(Duration delay, Step step) {
        running.add(pool.submit(() -> {
            Thread.sleep(delay.toMillis());
            while (!stopped) {
                Duration pause = step.run();
                Thread.sleep(pause.toMillis());
            }
            return null;
        }));
    }

    /** Stops everyone after their current step; the first failure of any is thrown. */
    void stop() throws Exception {
        stopped = true;
        try {
            for (Future<?> f : running) {
                f.get(BenchLoad.TIMEOUT.toSeconds() + 10, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
