package cn.wangben.devstack;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Starts a child process with its output appended to a log file and its pid recorded. */
final class ProcessStarter {

    /**
     * setsid puts each child in its own session, so a Ctrl-C in the terminal reaches only the launcher, which then
     * stops the children in order. As the child is not a group leader, setsid execs in place and the pid stays.
     */
    private static final Path SETSID = Path.of("/usr/bin/setsid");

    private static final File NO_INPUT = new File("/dev/null");

    private final Layout layout;

    ProcessStarter(Layout layout) {
        this.layout = layout;
    }

    /** A process whose only log is its console output. */
    ManagedProcess start(String name, int port, List<String> command, Map<String, String> env, Path workDir) {
        return start(name, port, command, env, workDir, List.of());
    }

    /** A process that also writes log files of its own (listed so failures show their tails too). */
    ManagedProcess start(
            String name, int port, List<String> command, Map<String, String> env, Path workDir, List<Path> ownLogs) {
        Path log = layout.log(name);
        Layout.createDirectories(layout.logs());
        Layout.createDirectories(workDir);
        appendHeader(log, command);
        List<String> fullCommand = new ArrayList<>();
        if (Files.isExecutable(SETSID)) {
            fullCommand.add(SETSID.toString());
        }
        fullCommand.addAll(command);
        ProcessBuilder builder = new ProcessBuilder(fullCommand)
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(NO_INPUT));
        builder.environment().putAll(env);
        try {
            Process process = builder.start();
            Path pidFile = layout.pidFile(name);
            PidFile.write(pidFile, process.toHandle(), port);
            List<Path> logs = new ArrayList<>(ownLogs);
            logs.add(log);
            return new ManagedProcess(name, process.toHandle(), logs, pidFile);
        } catch (IOException e) {
            throw new DevstackException("could not start " + name + ": " + e.getMessage(), e);
        }
    }

    /** Runs a short-lived command to completion (e.g. formatting Kafka storage); fails with its output. */
    void runToCompletion(String name, List<String> command, Path workDir) {
        Path log = layout.log(name);
        Layout.createDirectories(layout.logs());
        appendHeader(log, command);
        try {
            Process process = new ProcessBuilder(command)
                    .directory(workDir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .redirectInput(ProcessBuilder.Redirect.from(NO_INPUT))
                    .start();
            int exit = process.waitFor();
            if (exit != 0) {
                throw new DevstackException(name + " failed with exit code " + exit + LogTail.of(log));
            }
        } catch (IOException e) {
            throw new DevstackException("could not run " + name + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DevstackException("interrupted while running " + name, e);
        }
    }

    /** The command without its class path, which runs to thousands of characters. */
    private static String printable(List<String> command) {
        List<String> shown = new ArrayList<>(command);
        int cp = shown.indexOf("-cp");
        if (cp >= 0 && cp + 1 < shown.size()) {
            shown.set(cp + 1, "<class path>");
        }
        return String.join(" ", shown);
    }

    private static void appendHeader(Path log, List<String> command) {
        String header = "\n===== " + Instant.now() + " devstack starts: " + printable(command) + "\n";
        try {
            Files.writeString(
                    log, header, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
