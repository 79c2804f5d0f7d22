package cn.wangben.rubric;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Gathers violations while walking a rubric, so a school sees every problem in one round. */
final class ViolationCollector {

    private final List<RubricViolation> violations = new ArrayList<>();

    void add(String path, String message) {
        violations.add(new RubricViolation(path, message));
    }

    /**
     * Checks an amount of points: present, not negative (above 0 when {@code positive}), one
     * decimal at most.
     *
     * @return whether the value is usable for further checks
     */
    boolean points(String path, BigDecimal value, boolean positive) {
        if (value == null) {
            add(path, "必须填写分值");
            return false;
        }
        boolean usable = true;
        if (value.signum() < 0) {
            add(path, "分值不能为负数");
            usable = false;
        } else if (positive && value.signum() == 0) {
            add(path, "分值必须大于0");
            usable = false;
        }
        if (!Points.hasAtMostOneDecimal(value)) {
            add(path, "分值最多保留一位小数");
            usable = false;
        }
        return usable;
    }

    /** Checks a value that may not exceed a limit (e.g. a deduction above the item's maximum). */
    void notAbove(String path, BigDecimal value, BigDecimal limit, String message) {
        if (value != null && limit != null && value.compareTo(limit) > 0) {
            add(path, message);
        }
    }

    RubricValidation result() {
        return new RubricValidation(violations);
    }
}
