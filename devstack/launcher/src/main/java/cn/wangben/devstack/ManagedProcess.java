package cn.wangben.devstack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** One OS process of the devstack: stoppable gracefully, then forcibly, also from another launcher JVM. */
final class ManagedProcess {

    private static final Duration KILL_WAIT = Duration.ofSeconds(30);
    private static final String KILL_COMMAND = "/bin/kill";
    private static final String STOP = "STOP";
    private static final String CONTINUE = "CONT";
    private static final String NO_SUCH_PROCESS = "No such process";

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
        return waitForExit(handle, timeout);
    }

    /** Also for children, which vanish only once reaped by whoever inherited them. */
    private static boolean waitForExit(ProcessHandle handle, Duration timeout) {
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

    /**
     * kill -9 of the whole tree, as a crash or an OOM killer would: no shutdown hook runs, nothing is flushed. The
     * tree is stopped first: a script whose child died before it would otherwise run its exit trap. Waits until the
     * process is gone, so a restart can bind the same ports.
     */
    void kill() {
        List<ProcessHandle> tree = new ArrayList<>(handle.descendants().toList());
        tree.add(handle);
        signalTree(STOP);
        tree.forEach(ProcessHandle::destroyForcibly);
        for (ProcessHandle process : tree) {
            if (!waitForExit(process, KILL_WAIT)) {
                throw new DevstackException(name + " (pid " + process.pid() + ") outlived kill -9 for " + KILL_WAIT);
            }
        }
        PidFile.delete(pidFile);
    }

    /** SIGSTOP to the tree: the process keeps its sockets and state but runs no code, like a long GC pause. */
    void pause() {
        signalTree(STOP);
    }

    /** SIGCONT: a paused tree runs on where it stopped. */
    void resume() {
        signalTree(CONTINUE);
    }

    /** A child that ended between listing the tree and the signal (a script's short sleep) is no failure. */
    private boolean onlyGoneChildren(String output) {
        String own = "(" + handle.pid() + ")";
        return output.lines().allMatch(line -> line.contains(NO_SUCH_PROCESS) && !line.contains(own));
    }

    /** Java offers no SIGSTOP/SIGCONT, so /bin/kill sends them; parents first on stop would let children run on. */
    private void signalTree(String signal) {
        List<String> command = new ArrayList<>(List.of(KILL_COMMAND, "-" + signal, Long.toString(handle.pid())));
        handle.descendants().forEach(child -> command.add(Long.toString(child.pid())));
        try {
            Process kill = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(kill.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (kill.waitFor() != 0 && !onlyGoneChildren(output)) {
                throw new DevstackException("kill -" + signal + " " + name + " failed: " + output);
            }
        } catch (IOException e) {
            throw new DevstackException("could not signal " + name + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DevstackException("interrupted while signalling " + name, e);
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
