package cn.wangben.platform.clock;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A base clock moved by a number of milliseconds kept in a file, so a test can move the time of several service
 * processes at once. The clock is read on every request, so the file is read again only when its modification time
 * changes: the common case is one {@code stat}. A missing file means no offset yet; an unreadable or malformed one
 * keeps the last offset read (a writer replacing the file must never make time jump back to zero).
 */
public final class OffsetFileClock extends Clock {
    private static final Logger log = LoggerFactory.getLogger(OffsetFileClock.class);
    private final Clock base;
    private final OffsetSource source;

    public OffsetFileClock(Clock base, Path file) {
        this(base, new OffsetSource(file));
    }

    private OffsetFileClock(Clock base, OffsetSource source) {
        this.base = base;
        this.source = source;
    }

    @Override
    public ZoneId getZone() {
        return base.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return zone.equals(base.getZone()) ? this : new OffsetFileClock(base.withZone(zone), source);
    }

    @Override
    public long millis() {
        return base.millis() + source.offsetMillis();
    }

    @Override
    public Instant instant() {
        return base.instant().plusMillis(source.offsetMillis());
    }

    /** The offset currently applied, in milliseconds. */
    public long offsetMillis() {
        return source.offsetMillis();
    }

    @Override
    public String toString() {
        return "OffsetFileClock[" + base + " + offset in " + source.file + "]";
    }

    /** Shared by the zone variants of one clock, so they never disagree. */
    private static final class OffsetSource {
        private final Path file;
        private volatile Snapshot current = new Snapshot(null, 0);

        OffsetSource(Path file) {
            this.file = file;
        }

        long offsetMillis() {
            Snapshot seen = current;
            FileTime modified = modified();
            if (Objects.equals(modified, seen.modified())) {
                return seen.offset();
            }
            return reload(modified);
        }

        private synchronized long reload(FileTime modified) {
            Snapshot seen = current;
            if (Objects.equals(modified, seen.modified()) || modified == null) {
                return seen.offset();
            }
            try {
                long offset = Long.parseLong(
                        Files.readString(file, StandardCharsets.US_ASCII).strip());
                current = new Snapshot(modified, offset);
                log.info("Clock offset is now {} ms ({})", offset, file);
                return offset;
            } catch (IOException | NumberFormatException e) {
                // remembered as seen: a half-written file changes its modification time again when complete
                current = new Snapshot(modified, seen.offset());
                log.warn("Clock offset file {} unreadable, keeping {} ms: {}", file, seen.offset(), e.toString());
                return seen.offset();
            }
        }

        private FileTime modified() {
            try {
                return Files.getLastModifiedTime(file);
            } catch (NoSuchFileException e) {
                return null;
            } catch (IOException e) {
                return current.modified();
            }
        }
    }

    private record Snapshot(FileTime modified, long offset) {}
}
