package cn.wangben.assignment.submission;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wangben.assignment.module.OnlineModule;
import cn.wangben.assignment.submission.CutoffPolicy.Verdict;
import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.ModuleId;
import cn.wangben.contracts.ids.ProgrammeId;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class CutoffPolicyTest {
    /** 队伍建设: essay due 12-15 24:00 Beijing time. */
    static final Instant OPENS = Instant.parse("2026-12-08T16:00:00Z");

    static final Instant DUE = Instant.parse("2026-12-15T16:00:00Z");
    static final OnlineModule MODULE = new OnlineModule(
            ModuleId.of("m-team"),
            CountyId.of("qingshan"),
            ProgrammeId.of("p1"),
            "队伍建设",
            "教师自我发展规划",
            20,
            OPENS,
            DUE,
            ZoneId.of("Asia/Shanghai"));

    @Test
    void acceptsEssayOneMillisecondBeforeCutoff() {
        assertThat(CutoffPolicy.judge(DUE.minusMillis(1), MODULE)).isEqualTo(Verdict.ON_TIME);
    }

    @Test
    void rejectsEssayAtTheCutoffInstant() {
        assertThat(CutoffPolicy.judge(DUE, MODULE)).isEqualTo(Verdict.LATE);
    }

    @Test
    void rejectsEssayOneMillisecondAfterCutoff() {
        assertThat(CutoffPolicy.judge(DUE.plusMillis(1), MODULE)).isEqualTo(Verdict.LATE);
    }

    @Test
    void rejectsEssayBeforeTheModuleOpens() {
        assertThat(CutoffPolicy.judge(OPENS.minusMillis(1), MODULE)).isEqualTo(Verdict.NOT_OPEN);
        assertThat(CutoffPolicy.judge(OPENS, MODULE)).isEqualTo(Verdict.ON_TIME);
    }

    @Test
    void lateRefusalNamesTheDeadlineTheWayTheNoticeWritesIt() {
        var refusal = CutoffPolicy.refusal(Verdict.LATE, MODULE);

        assertThat(refusal.code()).isEqualTo("deadline-passed");
        assertThat(refusal.getMessage()).contains("2026年12月15日 24:00").contains("逾期提交不予接收");
    }

    @Test
    void anExtendedTeacherIsOnTimeOneMillisecondBeforeTheirOwnCutoffAndLateOneAfter() {
        Instant extended = Instant.parse("2026-12-18T16:00:00Z");

        assertThat(CutoffPolicy.judge(DUE.plusMillis(1), MODULE, extended)).isEqualTo(Verdict.ON_TIME);
        assertThat(CutoffPolicy.judge(extended.minusMillis(1), MODULE, extended))
                .isEqualTo(Verdict.ON_TIME);
        assertThat(CutoffPolicy.judge(extended, MODULE, extended)).isEqualTo(Verdict.LATE);
        assertThat(CutoffPolicy.judge(extended.plusMillis(1), MODULE, extended)).isEqualTo(Verdict.LATE);
    }

    @Test
    void lateRefusalOfAnExtendedTeacherNamesTheirOwnCutoff() {
        var refusal = CutoffPolicy.refusal(Verdict.LATE, MODULE, Instant.parse("2026-12-18T10:30:00Z"));

        assertThat(refusal.getMessage()).contains("延期截止时间 2026年12月18日 18:30（北京时间）已过");
    }
}
