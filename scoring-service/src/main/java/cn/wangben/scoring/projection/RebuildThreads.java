package cn.wangben.scoring.projection;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** The threads a rebuild works on, and how their answers come back to the caller. */
public final class RebuildThreads {
    private RebuildThreads() {}

    /** Daemon threads named {@code name}: a rebuild's pool never holds up the service's shutdown. */
    public static ExecutorService pool(String name, int threads) {
        return Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * The task's answer. A runtime failure of the task is thrown as it is, any other is wrapped saying what failed; an
     * interrupt is kept on the thread.
     */
    public static <T> T await(Future<T> task, String what) {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(what + " interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r
                    ? r
                    : new IllegalStateException(what + " failed", e.getCause());
        }
    }
}
