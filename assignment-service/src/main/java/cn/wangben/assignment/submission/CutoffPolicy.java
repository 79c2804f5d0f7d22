package cn.wangben.assignment.submission;

import cn.wangben.assignment.cutoff.Deadlines;
import cn.wangben.assignment.module.OnlineModule;
import cn.wangben.platform.domain.DomainException;
import java.time.Instant;

/**
 * 逾期不交不纳入考核: an essay counts only if the server received it before the teacher's cutoff instant: the module's,
 * or the later one of an extension the county granted that teacher. The cutoff itself is already late. Compared to
 * the millisecond, with the server's clock only, on every route an essay can arrive by.
 */
public final class CutoffPolicy {
    private CutoffPolicy() {}

    public enum Verdict {
        ON_TIME,
        NOT_OPEN,
        LATE
    }

    public static Verdict judge(Instant receivedAt, OnlineModule module) {
        return judge(receivedAt, module, module.dueAt());
    }

    /** {@code cutoff} is the teacher's own cutoff, never earlier than the module's. */
    public static Verdict judge(Instant receivedAt, OnlineModule module, Instant cutoff) {
        if (receivedAt.isBefore(module.opensAt())) {
            return Verdict.NOT_OPEN;
        }
        return receivedAt.isBefore(cutoff) ? Verdict.ON_TIME : Verdict.LATE;
    }

    static DomainException refusal(Verdict verdict, OnlineModule module) {
        return refusal(verdict, module, module.dueAt());
    }

    static DomainException refusal(Verdict verdict, OnlineModule module, Instant cutoff) {
        return switch (verdict) {
            case NOT_OPEN ->
                DomainException.ruleViolated(
                        "module-not-open",
                        null,
                        "「" + module.title() + "」将于 " + display(module.opensAt(), module) + " 开放，尚不能提交作业");
            case LATE ->
                cutoff.equals(module.dueAt())
                        ? DomainException.ruleViolated(
                                "deadline-passed",
                                null,
                                "「" + module.title() + "」的作业已于 " + display(cutoff, module) + "（北京时间）截止，逾期提交不予接收")
                        : DomainException.ruleViolated(
                                "deadline-passed",
                                null,
                                "你在「" + module.title() + "」的延期截止时间 " + display(cutoff, module) + "（北京时间）已过，逾期提交不予接收");
            case ON_TIME -> throw new IllegalArgumentException("not a refusal");
        };
    }

    static String display(Instant instant, OnlineModule module) {
        return Deadlines.display(instant, module.zone());
    }
}
