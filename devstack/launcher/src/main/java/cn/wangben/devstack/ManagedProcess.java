package cn.wangben.devstack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** One OS process of the devstack: stoppable gracefully, then forcibly, also from another launcher JVM. */
final class ManagedProcess {

    private final String name;
    private final ProcessHandle handle;
    private final List<Path> logs;
    private final Path pidFile;

    ManagedProcess(String name, ProcessHandle handle, List<Path> logs, Path pidFile) {
        this.name = name;
        this.handle = handle;
        this.logs = List.copyOf(logs);
        this.pidFile = pidFile;
    }

    String name() {
        return name;
    }

    long pid() {
        return handle.pid();
    }

    boolean isAlive() {
        return handle.isAlive();
    }

    /** SIGTERM: every server here shuts down cleanly on it (Mongo and S3 through their shutdown hooks). */
    void requestStop() {
        if (handle.isAlive()) {
            handle.destroy();
        }
    }

    /**
     * Waits for the exit; past the grace period kills the whole tree, children first (kc.sh forwards signals to
     * its java child, so killing the script alone would orphan Keycloak). Returns false if it had to kill.
     */
    boolean awaitStop(Duration grace) {
        boolean graceful = waitForExit(grace);
        if (!graceful) {
            handle.descendants().forEach(ProcessHandle::destroyForcibly);
            handle.destroyForcibly();
            waitForExit(grace);
        }
        PidFile.delete(pidFile);
        return graceful;
    }

    private boolean waitForExit(Duration timeout) {
        try {
            handle.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !handle.isAlive();
        } catch (ExecutionException e) {
            return !handle.isAlive();
        }
    }

    /** The end of each log, for error messages that need no second look at the disk. */
    String logTail() {
        StringBuilder out = new StringBuilder();
        for (Path log : logs) {
            out.append(LogTail.of(log));
        }
        return out.toString();
    }
}
