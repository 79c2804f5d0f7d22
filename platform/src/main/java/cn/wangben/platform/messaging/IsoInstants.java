package cn.wangben.platform.messaging;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Reads the one form events carry instants in, {@code 2026-11-20T15:59:59.999Z} (what {@link Instant#toString} writes),
 * without a {@link java.time.format.DateTimeFormatter}: parsing through the formatter was a quarter of a rebuild's
 * reading of the log. Any other text is left to the formatter.
 */
final class IsoInstants {
    private static final int SHORTEST = "2026-11-20T15:59:59Z".length();
    private static final int LONGEST = "2026-11-20T15:59:59.123456789Z".length();
    private static final int FRACTION = SHORTEST; // first digit after the '.'
    private static final int NANO_DIGITS = 9;
    private static final int SECONDS_PER_DAY = 86_400;
    private static final int HOURS = 24;
    private static final int SIXTY = 60;

    private IsoInstants() {}

    /** The instant, or empty for text in any other form (which may still be a valid ISO-8601 instant). */
    static Optional<Instant> canonical(String text) {
        int n = text.length();
        if (n < SHORTEST
                || n > LONGEST
                || n == SHORTEST + 1
                || text.charAt(n - 1) != 'Z'
                || !at(text, 4, '-')
                || !at(text, 7, '-')
                || !at(text, 10, 'T')
                || !at(text, 13, ':')
                || !at(text, 16, ':')) {
            return Optional.empty();
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 7);
        int day = digits(text, 8, 10);
        int hour = digits(text, 11, 13);
        int minute = digits(text, 14, 16);
        int second = digits(text, 17, 19);
        int nanos = 0;
        if (n > SHORTEST) {
            if (!at(text, FRACTION - 1, '.')) {
                return Optional.empty();
            }
            int fraction = digits(text, FRACTION, n - 1);
            if (fraction < 0) {
                return Optional.empty();
            }
            nanos = fraction;
            for (int i = n - 1 - FRACTION; i < NANO_DIGITS; i++) {
                nanos *= 10;
            }
        }
        if ((year | month | day | hour | minute | second) < 0
                || month < 1
                || month > 12
                || day < 1
                || hour >= HOURS
                || minute >= SIXTY
                || second >= SIXTY
                || day > LocalDate.of(year, month, 1).lengthOfMonth()) {
            return Optional.empty();
        }
        long epochDay = LocalDate.of(year, month, day).toEpochDay();
        return Optional.of(
                Instant.ofEpochSecond(epochDay * SECONDS_PER_DAY + (hour * SIXTY + minute) * SIXTY + second, nanos));
    }

    private static boolean at(String text, int index, char expected) {
        return text.charAt(index) == expected;
    }

    /** The decimal value of text[from, to), or -1 if a character is not an ASCII digit. */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            int d = text.charAt(i) - '0';
            if (d < 0 || d > 9) {
                return -1;
            }
            value = value * 10 + d;
        }
        return value;
    }
}
