package cn.wangben.plan.enrollment;

import cn.wangben.platform.domain.DomainException;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Teachers who joined the online class by the enrollment cutoff are the programme's trainees. The cutoff instant
 * itself is already too late; the server's clock decides, to the millisecond.
 */
public final class EnrollmentWindow {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private EnrollmentWindow() {}

    public static boolean isOpen(Instant now, Instant cutoff) {
        return now.isBefore(cutoff);
    }

    static DomainException closed(Instant cutoff, ZoneId zone) {
        return DomainException.ruleViolated(
                "enrollment-closed", null, "报名已于 " + display(cutoff, zone) + "（北京时间）截止，不能再加入本期研修；如有疑问请联系县教师进修学校");
    }

    /** Midnight reads as 24:00 of the day before, the way the county notice writes it. */
    static String display(Instant instant, ZoneId zone) {
        ZonedDateTime at = instant.atZone(zone);
        return at.toLocalTime().equals(LocalTime.MIDNIGHT)
                ? at.minusDays(1).format(DAY) + " 24:00"
                : at.format(DAY) + " " + at.format(TIME);
    }
}
