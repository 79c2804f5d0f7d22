package cn.wangben.devstack.e2e;

import cn.wangben.devstack.Devstack;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;

/**
 * Moves the time of every service of the shared test platform at once, forward only, by writing the offset file they
 * all read (platform property {@code wangben.clock.offset-file}). Tokens keep real time: Keycloak's clock does not
 * move, and services check token expiry with the system clock.
 *
 * <p>Time never goes back, so classes that run after one that moved it see a platform days ahead of their own
 * dates: a class that moves time runs last (see {@code junit-platform.properties}).
 */
final class ScenarioClock {
    private final Path file;

    ScenarioClock(Devstack stack) {
        this.file = stack.options()
                .clockOffsetFile()
                .orElseThrow(() -> new IllegalStateException("this platform's clock is not adjustable"));
    }

    /** The services' current time. */
    Instant now() throws IOException {
        return Instant.now().plusMillis(offset());
    }

    /**
     * Moves the services' time so that it is {@code target} now (and runs on from there). Never backwards: a target
     * already passed is an error of the test.
     */
    void advanceTo(Instant target) throws IOException {
        long offset = offset();
        long wanted = Duration.between(Instant.now(), target).toMillis();
        if (wanted < offset) {
            throw new IllegalArgumentException(
                    "the platform's time is already past " + target + " (now " + now() + ")");
        }
        write(wanted);
    }

    long offset() throws IOException {
        return Files.isRegularFile(file)
                ? Long.parseLong(
                        Files.readString(file, StandardCharsets.US_ASCII).strip())
                : 0;
    }

    /**
     * Replaces the file in one rename, so no service reads half a number, with a modification time later than the
     * last one: services re-read the file only when that time changes, and some filesystems keep whole seconds.
     */
    private void write(long offset) throws IOException {
        FileTime last = Files.isRegularFile(file) ? Files.getLastModifiedTime(file) : FileTime.fromMillis(0);
        FileTime next = FileTime.fromMillis(Math.max(System.currentTimeMillis(), last.toMillis() + 1000));
        Path temp = Files.createTempFile(file.getParent(), "clock-", ".tmp");
        Files.writeString(temp, Long.toString(offset), StandardCharsets.US_ASCII);
        Files.setLastModifiedTime(temp, next);
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
}
