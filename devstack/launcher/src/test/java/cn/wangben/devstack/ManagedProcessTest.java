package cn.wangben.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stopping: SIGTERM first, kill -9 for what ignores it, and the pid record goes away either way. */
class ManagedProcessTest {

    private static final Duration GRACE = Duration.ofSeconds(2);
    private static final int NO_PORT = 0;
    private static final String TRAPPED = "trap-installed";
    private static final Duration LOG_WAIT = Duration.ofSeconds(10);
    private static final Duration POLL = Duration.ofMillis(50);

    @TempDir
    Path home;

    @Test
    void stopsGracefullyOnSigterm() {
        Layout layout = new Layout(home, home);
        ManagedProcess process = start(layout, "exec sleep 60");

        assertThat(PidFile.read(layout.pidFile("probe")).flatMap(PidFile::liveProcess))
                .isPresent();
        process.requestStop();

        assertThat(process.awaitStop(GRACE)).isTrue();
        assertThat(process.isAlive()).isFalse();
        assertThat(layout.pidFile("probe")).doesNotExist();
    }

    @Test
    void killsWhatIgnoresSigtermTogetherWithItsChildren() throws InterruptedException {
        Layout layout = new Layout(home, home);
        // like kc.sh: a script that traps TERM and waits for a child
        ManagedProcess process = start(layout, "trap '' TERM; echo " + TRAPPED + "; sleep 60 & wait");
        awaitLogLine(layout.log("probe"), TRAPPED);

        process.requestStop();

        assertThat(process.awaitStop(GRACE)).isFalse();
        assertThat(process.isAlive()).isFalse();
        assertThat(layout.pidFile("probe")).doesNotExist();
    }

    @Test
    void failureMessagesCarryTheLogTail() {
        Layout layout = new Layout(home, home);
        ManagedProcess process = start(layout, "echo 'bind failed: address in use'");
        process.awaitStop(GRACE);

        assertThat(process.logTail()).contains("bind failed: address in use").contains("probe.log");
    }

    @Test
    void killEndsTheWholeTreeAtOnceWithoutRunningItsExitHandler() throws Exception {
        Layout layout = new Layout(home, home);
        // an exit trap stands for a shutdown hook: kill -9 must not give it a chance
        ManagedProcess process =
                start(layout, "trap 'echo graceful-exit' EXIT TERM; echo " + TRAPPED + "; sleep 60 & wait");
        awaitLogLine(layout.log("probe"), TRAPPED);
        List<ProcessHandle> children =
                ProcessHandle.of(process.pid()).orElseThrow().descendants().toList();

        long started = System.nanoTime();
        process.kill();

        // no grace period: a graceful stop would wait up to Shutdown.GRACE for the trapped script
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Shutdown.GRACE.dividedBy(3));
        assertThat(process.isAlive()).isFalse();
        assertThat(children).isNotEmpty().noneMatch(ProcessHandle::isAlive);
        assertThat(LogTail.of(layout.log("probe"))).doesNotContain("\ngraceful-exit");
        assertThat(layout.pidFile("probe")).doesNotExist();
    }

    @Test
    void pausedProcessRunsNoCodeUntilResumed() throws Exception {
        Layout layout = new Layout(home, home);
        // counts up every 50 ms; a stopped process writes nothing
        ManagedProcess process = start(layout, "i=0; while true; do i=$((i+1)); echo tick-$i; sleep 0.05; done");
        awaitLogLine(layout.log("probe"), "tick-3");

        process.pause();
        Thread.sleep(200); // a tick may have been on its way to the file when the signal came
        assertThat(state(process)).isEqualTo('T');
        String frozen = LogTail.of(layout.log("probe"));
        Thread.sleep(500);
        assertThat(LogTail.of(layout.log("probe"))).isEqualTo(frozen);

        process.resume();
        awaitChange(layout.log("probe"), frozen);
        assertThat(state(process)).isNotEqualTo('T');
        process.kill();
    }

    /** The state letter of /proc/<pid>/stat: T when stopped by a signal. */
    private static char state(ManagedProcess process) throws Exception {
        String stat = java.nio.file.Files.readString(Path.of("/proc", Long.toString(process.pid()), "stat"));
        return stat.charAt(stat.lastIndexOf(')') + 2);
    }

    private static void awaitChange(Path log, String before) throws InterruptedException {
        long deadline = System.nanoTime() + LOG_WAIT.toNanos();
        while (LogTail.of(log).equals(before)) {
            assertThat(System.nanoTime()).as("waiting for output in " + log).isLessThan(deadline);
            Thread.sleep(POLL.toMillis());
        }
    }

    /** A signal sent before the script installed its trap would simply end it. */
    private static void awaitLogLine(Path log, String line) throws InterruptedException {
        long deadline = System.nanoTime() + LOG_WAIT.toNanos();
        while (!LogTail.of(log).contains("\n" + line)) {
            assertThat(System.nanoTime())
                    .as("waiting for " + line + " in " + log)
                    .isLessThan(deadline);
            Thread.sleep(POLL.toMillis());
        }
    }

    private static ManagedProcess start(Layout layout, String script) {
        return new ProcessStarter(layout)
                .start("probe", NO_PORT, List.of("/bin/bash", "-c", script), Map.of(), layout.home());
    }
}
