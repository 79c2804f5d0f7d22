package cn.wangben.devstack;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Properties;

/**
 * What `down` and `status` in another shell need about a started process. The start instant guards against
 * signalling an unrelated process that reused the pid after a reboot or a crash.
 */
record PidFile(long pid, Instant started, int port) {

    // Both instants come from the same /proc data, so they match closely; allow for rounding only.
    private static final Duration START_TOLERANCE = Duration.ofSeconds(1);

    static void write(Path file, ProcessHandle handle, int port) {
        Properties p = new Properties();
        p.setProperty("pid", Long.toString(handle.pid()));
        p.setProperty(
                "started", handle.info().startInstant().orElse(Instant.EPOCH).toString());
        p.setProperty("port", Integer.toString(port));
        Layout.createDirectories(file.getParent());
        try (Writer out = Files.newBufferedWriter(file)) {
            p.store(out, "written by the devstack launcher");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Optional<PidFile> read(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file)) {
            p.load(in);
            return Optional.of(new PidFile(
                    Long.parseLong(p.getProperty("pid")),
                    Instant.parse(p.getProperty("started")),
                    Integer.parseInt(p.getProperty("port"))));
        } catch (IOException | RuntimeException e) {
            // a torn or foreign file: treat it like no record, the caller reports the port state anyway
            return Optional.empty();
        }
    }

    /** The recorded process if it still runs (same pid and same start instant). */
    Optional<ProcessHandle> liveProcess() {
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).filter(this::sameStart);
    }

    private boolean sameStart(ProcessHandle handle) {
        return handle.info()
                .startInstant()
                .map(actual -> Duration.between(started, actual).abs().compareTo(START_TOLERANCE) <= 0)
                .orElse(true);
    }

    static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
