package cn.wangben.rubric;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/**
 * Plus a fixed amount per occurrence, up to a cap, starting from 0, e.g. 获得先进班级一次加1分，
 * 加满7分为止; one item may have several kinds under the same cap, e.g. 参加联合体活动一次加2分，
 * 出课加5分 (cap 5).
 *
 * @param cap the item's maximum, above 0
 * @param kinds named kinds of occurrence with distinct names, each worth above 0 and at most cap
 */
public record AdditionRule(BigDecimal cap, List<Kind> kinds) implements ItemRule {

    public AdditionRule {
        kinds = Points.copy(kinds);
    }

    public static AdditionRule of(int cap, Kind... kinds) {
        return new AdditionRule(BigDecimal.valueOf(cap), Arrays.asList(kinds));
    }

    @Override
    public BigDecimal maxPoints() {
        return Points.orZero(cap);
    }

    /** A named kind of occurrence and what each one adds. */
    public record Kind(String name, BigDecimal points) {
        public static Kind of(String name, int points) {
            return new Kind(name, BigDecimal.valueOf(points));
        }
    }
}
