package cn.wangben.platform.clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OffsetFileClockTest {
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final Instant NOW = Instant.parse("2026-12-05T00:00:00Z");
    static final Clock FIXED = Clock.fixed(NOW, SHANGHAI);

    @TempDir
    Path dir;

    @Test
    void withoutAnOffsetFileTheClockIsTheSystemClock() {
        Clock clock = PlatformClock.of(new ClockProperties(null, false), SHANGHAI);

        assertThat(clock).isEqualTo(Clock.system(SHANGHAI));
    }

    @Test
    void anOffsetFileIsRefusedAtStartupUnlessTheClockIsDeclaredAdjustable() {
        assertThatThrownBy(() -> PlatformClock.of(new ClockProperties(dir.resolve("offset"), false), SHANGHAI))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("wangben.clock.adjustable");
    }

    @Test
    void anAllowedOffsetFileGivesTheSystemClockPlusItsOffset() throws Exception {
        Path file = write(dir.resolve("offset"), Duration.ofDays(3).toMillis(), 1);
        Clock clock = PlatformClock.of(new ClockProperties(file, true), SHANGHAI);
        Instant before = Instant.now().plus(Duration.ofDays(3));

        Instant moved = clock.instant();

        assertThat(clock.getZone()).isEqualTo(SHANGHAI);
        assertThat(moved).isBetween(before, Instant.now().plus(Duration.ofDays(3)));
    }

    @Test
    void aMissingFileMeansNoOffsetYet() {
        OffsetFileClock clock = new OffsetFileClock(FIXED, dir.resolve("not-yet"));

        assertThat(clock.instant()).isEqualTo(NOW);
        assertThat(clock.millis()).isEqualTo(NOW.toEpochMilli());
    }

    @Test
    void aNewOffsetIsSeenOnTheNextReadOnceTheFileChanges() throws Exception {
        Path file = write(dir.resolve("offset"), 1_000, 1);
        OffsetFileClock clock = new OffsetFileClock(FIXED, file);
        assertThat(clock.instant()).isEqualTo(NOW.plusMillis(1_000));

        write(file, Duration.ofHours(36).toMillis(), 2);

        assertThat(clock.instant()).isEqualTo(NOW.plus(Duration.ofHours(36)));
        assertThat(clock.millis()).isEqualTo(NOW.plus(Duration.ofHours(36)).toEpochMilli());
    }

    @Test
    void theFileIsReadAgainOnlyWhenItsModificationTimeChanges() throws Exception {
        Path file = write(dir.resolve("offset"), 5, 1);
        OffsetFileClock clock = new OffsetFileClock(FIXED, file);
        assertThat(clock.offsetMillis()).isEqualTo(5);

        // new content under the same modification time: the cached offset stays (no read on the request path)
        write(file, 7, 1);
        assertThat(clock.offsetMillis()).isEqualTo(5);

        Files.setLastModifiedTime(file, FileTime.fromMillis(3_000));
        assertThat(clock.offsetMillis()).isEqualTo(7);
    }

    @Test
    void aMalformedOrDeletedFileKeepsTheLastOffsetInsteadOfJumpingBack() throws Exception {
        Path file = write(dir.resolve("offset"), 60_000, 1);
        OffsetFileClock clock = new OffsetFileClock(FIXED, file);
        assertThat(clock.offsetMillis()).isEqualTo(60_000);

        Files.writeString(file, "12a");
        Files.setLastModifiedTime(file, FileTime.fromMillis(2_000));
        assertThat(clock.instant()).isEqualTo(NOW.plusMillis(60_000));

        Files.delete(file);
        assertThat(clock.instant()).isEqualTo(NOW.plusMillis(60_000));
    }

    @Test
    void zoneVariantsShareTheOffset() throws Exception {
        Path file = write(dir.resolve("offset"), 10, 1);
        OffsetFileClock clock = new OffsetFileClock(FIXED, file);
        Clock utc = clock.withZone(ZoneOffset.UTC);

        write(file, 20, 2);

        assertThat(utc.getZone()).isEqualTo(ZoneOffset.UTC);
        assertThat(utc.instant()).isEqualTo(NOW.plusMillis(20));
        assertThat(clock.withZone(SHANGHAI)).isSameAs(clock);
    }

    /** Writes an offset with an explicit modification time (seconds), as filesystems may store only seconds. */
    private static Path write(Path file, long offset, long modifiedSecond) throws Exception {
        Files.writeString(file, Long.toString(offset));
        Files.setLastModifiedTime(file, FileTime.fromMillis(modifiedSecond * 1000));
        return file;
    }
}
