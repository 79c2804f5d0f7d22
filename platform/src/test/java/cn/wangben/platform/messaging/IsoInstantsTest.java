package cn.wangben.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The canonical instant reader agrees with Instant.parse, and leaves every other form to the formatter. */
class IsoInstantsTest {

    @Test
    void readsWhatInstantWritesAtEveryPrecision() {
        Random random = new Random(20261124);
        long from = Instant.parse("1970-01-01T00:00:00Z").getEpochSecond();
        long to = Instant.parse("2200-12-31T23:59:59Z").getEpochSecond();
        for (int i = 0; i < 100_000; i++) {
            Instant instant = Instant.ofEpochSecond(
                    from + (long) (random.nextDouble() * (to - from)), random.nextInt(1_000_000_000));
            for (ChronoUnit unit :
                    new ChronoUnit[] {ChronoUnit.SECONDS, ChronoUnit.MILLIS, ChronoUnit.MICROS, ChronoUnit.NANOS}) {
                Instant written = instant.truncatedTo(unit);
                assertThat(IsoInstants.canonical(written.toString())).contains(written);
            }
        }
    }

    @Test
    void readsCutoffsAndLeapDays() {
        for (String text :
                new String[] {"2026-11-20T15:59:59.999Z", "2028-02-29T00:00:00Z", "2026-12-31T23:59:59.5Z"}) {
            assertThat(IsoInstants.canonical(text)).contains(Instant.parse(text));
        }
    }

    @Test
    void leavesEveryOtherFormToTheFormatter() {
        for (String text : new String[] {
            "2026-11-20T23:59:59+08:00",
            "2026-11-20T15:59:59.Z",
            "2026-11-20T15:59:59.1234567890Z",
            "2026-11-20t15:59:59Z",
            "2026-11-20T15:59:59z",
            "2025-02-29T00:00:00Z",
            "2026-13-01T00:00:00Z",
            "2026-11-20T24:00:00Z",
            "2026-11-20T23:59:60Z",
            "+12026-11-20T15:59:59Z",
            "2026-1a-20T15:59:59Z",
            "2026-11-20 15:59:59Z",
            ""
        }) {
            assertThat(IsoInstants.canonical(text)).as(text).isEmpty();
        }
    }
}
