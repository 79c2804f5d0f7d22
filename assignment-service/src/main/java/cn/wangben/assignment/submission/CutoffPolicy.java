package cn.wangben.assignment.submission;

import cn.wangben.assignment.module.OnlineModule;
import cn.wangben.platform.domain.DomainException;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * 逾期不交不纳入考核: an essay counts only if the server received it before the module's cutoff instant. The cutoff
 * itself is already late. Compared to the millisecond, with the server's clock only.
 */
public final class CutoffPolicy {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private CutoffPolicy() {}

    public enum Verdict {
        ON_TIME,
        NOT_OPEN,
        LATE
    }

    public static Verdict judge(Instant receivedAt, OnlineModule module) {
        if (receivedAt.isBefore(module.opensAt())) {
            return Verdict.NOT_OPEN;
        }
        return receivedAt.isBefore(module.dueAt()) ? Verdict.ON_TIME : Verdict.LATE;
    }

    static DomainException refusal(Verdict verdict, OnlineModule module) {
        return switch (verdict) {
            case NOT_OPEN ->
                DomainException.ruleViolated(
                        "module-not-open",
                        null,
                        "「" + module.title() + "」将于 " + display(module.opensAt(), module) + " 开放，尚不能提交作业");
            case LATE ->
                DomainException.ruleViolated(
                        "deadline-passed",
                        null,
                        "「" + module.title() + "」的作业已于 " + display(module.dueAt(), module) + "（北京时间）截止，逾期提交不予接收");
            case ON_TIME -> throw new IllegalArgumentException("not a refusal");
        };
    }

    /** Midnight reads as 24:00 of the previous day, the way the county notice writes deadlines. */
    static String display(Instant instant, OnlineModule module) {
        ZonedDateTime at = instant.atZone(module.zone());
        if (at.toLocalTime().equals(LocalTime.MIDNIGHT)) {
            return at.minusDays(1).format(DAY) + " 24:00";
        }
        return at.format(DAY) + " " + at.format(TIME);
    }
}
