package cn.wangben.rubric;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Attendance ratio: {@code max × attended ÷ required}, rounded HALF_UP to one decimal here
 * because the exact ratio may not be a finite decimal.
 */
final class AttendancePolicy extends RulePolicy<AttendanceRule, ItemInput.Attendance> {

    AttendancePolicy() {
        super(AttendanceRule.class, ItemInput.Attendance.class, "出勤比例");
    }

    @Override
    void check(AttendanceRule rule, String path, ViolationCollector out) {
        out.points(path + ".max", rule.max(), true);
    }

    @Override
    BigDecimal evaluate(AttendanceRule rule, ItemInput.Attendance input, ItemErrors errors) {
        boolean usable = errors.count("attended", input.attended(), "出勤次数");
        if (input.required() <= 0) {
            errors.fail("required", "应出勤次数必须大于0");
            usable = false;
        }
        if (usable && input.attended() > input.required()) {
            errors.fail("attended", "出勤次数不能超过应出勤次数" + input.required());
            usable = false;
        }
        if (!usable) {
            return null;
        }
        return rule.max()
                .multiply(BigDecimal.valueOf(input.attended()))
                .divide(BigDecimal.valueOf(input.required()), 1, RoundingMode.HALF_UP);
    }
}
