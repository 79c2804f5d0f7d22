package cn.wangben.assignment.cutoff;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/** Deadlines written the way the county notice writes them. */
public final class Deadlines {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter TIME_WITH_SECONDS = DateTimeFormatter.ofPattern("HH:mm:ss.SSS");

    private Deadlines() {}

    /** Midnight reads as 24:00 of the previous day; an instant off the minute keeps its seconds, so no one is misled. */
    public static String display(Instant instant, ZoneId zone) {
        ZonedDateTime at = instant.atZone(zone);
        if (at.toLocalTime().equals(LocalTime.MIDNIGHT)) {
            return at.minusDays(1).format(DAY) + " 24:00";
        }
        boolean onTheMinute = at.getSecond() == 0 && at.getNano() == 0;
        return at.format(DAY) + " " + at.format(onTheMinute ? TIME : TIME_WITH_SECONDS);
    }
}
