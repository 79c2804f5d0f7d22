package cn.wangben.rubric;

import static cn.wangben.rubric.Fixtures.error;
import static cn.wangben.rubric.Fixtures.pts;
import static cn.wangben.rubric.Fixtures.ruleViolations;
import static cn.wangben.rubric.Fixtures.score;
import static cn.wangben.rubric.Fixtures.scoreErrors;
import static cn.wangben.rubric.Fixtures.violation;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AttendanceRuleTest {

    private final AttendanceRule attendance = AttendanceRule.of(10);

    @Test
    void givesTheShareOfTheMaximumThatWasAttended() {
        assertThat(score(attendance, ItemInput.attendance(0, 4))).isEqualTo(pts("0.0"));
        assertThat(score(attendance, ItemInput.attendance(3, 4))).isEqualTo(pts("7.5"));
        assertThat(score(attendance, ItemInput.attendance(4, 4))).isEqualTo(pts("10.0"));
    }

    @Test
    void roundsARepeatingRatioHalfUpToOneDecimalAtTheItem() {
        assertThat(score(attendance, ItemInput.attendance(2, 3))).isEqualTo(pts("6.7")); // 6.666…
        assertThat(score(attendance, ItemInput.attendance(1, 3))).isEqualTo(pts("3.3")); // 3.333…
        assertThat(score(AttendanceRule.of(5), ItemInput.attendance(1, 8))).isEqualTo(pts("0.6")); // 0.625
    }

    @Test
    void rejectsMoreAttendedThanRequiredAndNonPositiveRequired() {
        assertThat(scoreErrors(attendance, ItemInput.attendance(5, 4)))
                .containsExactly(error("attended", "出勤次数不能超过应出勤次数4"));
        assertThat(scoreErrors(attendance, ItemInput.attendance(0, 0)))
                .containsExactly(error("required", "应出勤次数必须大于0"));
        assertThat(scoreErrors(attendance, ItemInput.attendance(-1, -1)))
                .containsExactly(error("attended", "出勤次数不能为负数"), error("required", "应出勤次数必须大于0"));
    }

    @Test
    void rejectsAZeroMaximum() {
        assertThat(ruleViolations(AttendanceRule.of(0))).containsExactly(violation("items[0].rule.max", "分值必须大于0"));
    }
}
