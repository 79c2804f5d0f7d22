package cn.wangben.platform.clock;

import java.time.Clock;
import java.time.ZoneId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Chooses the clock every deadline of a service is compared with. */
public final class PlatformClock {
    private static final Logger log = LoggerFactory.getLogger(PlatformClock.class);

    private PlatformClock() {}

    /**
     * The system clock in {@code zone}, or, when an offset file is configured and allowed, the system clock moved by
     * the file's offset.
     *
     * @throws IllegalStateException when an offset file is configured without {@code wangben.clock.adjustable=true}
     */
    public static Clock of(ClockProperties properties, ZoneId zone) {
        Clock system = Clock.system(zone);
        if (properties == null || properties.offsetFile() == null) {
            return system;
        }
        if (!properties.adjustable()) {
            throw new IllegalStateException("wangben.clock.offset-file is set (" + properties.offsetFile()
                    + ") but wangben.clock.adjustable is not true: a movable clock is for test platforms only");
        }
        log.warn(
                "Adjustable clock: system time plus the offset in {} (test platforms only; tokens keep real time)",
                properties.offsetFile());
        return new OffsetFileClock(system, properties.offsetFile());
    }
}
