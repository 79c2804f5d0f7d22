package cn.wangben.scoring.schoolscore;

import static cn.wangben.scoring.schoolscore.SchoolFixtures.emptySheet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.wangben.platform.domain.DomainException;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ScoreSheetTest {
    private static final Instant NOW = Instant.parse("2026-12-29T05:30:00Z");

    @Test
    void aReportedSheetRefusesDirectEditsAndPointsToACorrectionRequest() {
        ScoreSheet sheet = emptySheet();
        sheet.requireEditable();
        sheet.report("admin-s1", NOW);

        assertThatThrownBy(sheet::requireEditable)
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.kind()).isEqualTo(DomainException.Kind.CONFLICT);
                    assertThat(e.code()).isEqualTo("sheet-locked");
                })
                .hasMessage("成绩表已于 2026-12-29 13:30 上报县（区）并锁定，不能直接修改；如需更改，请提交更正申请，经县（区）审核同意后生效");
    }

    @Test
    void recordingPerTraineeMarksEveryActivityRecordedAndKeepsTheOthersPresent() {
        ScoreSheet sheet = emptySheet();
        sheet.recordActivity(1, Set.of("ka", "kb"), "admin", NOW);

        sheet.recordTeacher("ka", Set.of(3), List.of(1, 2, 3), "admin", NOW);

        assertThat(sheet.attendance().keySet()).containsExactly(1, 2, 3);
        assertThat(sheet.attendance().get(1).present()).containsExactly("kb");
        assertThat(sheet.attendance().get(2).present()).isEmpty();
        assertThat(sheet.attendedBy("ka", List.of(1, 2, 3))).containsExactly(3);
        assertThat(sheet.attendedBy("kb", List.of(1, 2, 3))).containsExactly(1);
    }

    @Test
    void clearingTheLastItemOfATraineeForgetsTheTrainee() {
        ScoreSheet sheet = emptySheet();
        sheet.enter("ka", "lesson", ItemEntry.choice("一档"));
        sheet.enter("ka", "lesson", null);

        assertThat(sheet.entries()).isEmpty();
        assertThat(sheet.started()).isFalse();
    }

    @Test
    void anUnreportedSheetIsFlaggedOncePerDeadlineAndAReportedOneNever() {
        ScoreSheet sheet = emptySheet();
        Instant deadline = SchoolFixtures.DEADLINE;

        assertThat(sheet.flagOverdue(deadline)).isTrue();
        assertThat(sheet.flagOverdue(deadline)).isFalse();
        assertThat(sheet.flagOverdue(deadline.plusSeconds(3600))).isTrue(); // a revised, later deadline passed too
        assertThat(sheet.overdueSince()).isEqualTo(deadline.plusSeconds(3600));

        ScoreSheet reported = emptySheet();
        reported.report("admin", NOW);
        assertThat(reported.flagOverdue(deadline)).isFalse();
    }
}
