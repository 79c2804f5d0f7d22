package cn.wangben.rubric;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/**
 * Indicator level (指标等级): the scorer picks a named level, e.g. 一级 8 / 二级 6 / 三级 3, possibly
 * with 未达标 0. Checked like {@link TierRule}: names distinct, points distinct and descending.
 */
public record LevelRule(List<Level> levels) implements ItemRule {

    public LevelRule {
        levels = Points.copy(levels);
    }

    public static LevelRule of(Level... levels) {
        return new LevelRule(Arrays.asList(levels));
    }

    @Override
    public BigDecimal maxPoints() {
        return Points.maxOf(levels, Level::points);
    }

    /** One level; the scorer chooses it by its name. */
    public record Level(String name, BigDecimal points) {
        public static Level of(String name, int points) {
            return new Level(name, BigDecimal.valueOf(points));
        }
    }
}
