package cn.wangben.scoring.schoolscore;

import cn.wangben.rubric.ItemInput;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads an entry as the input its column's rule expects. Shape problems (a missing field, a fractional or huge count)
 * are reported here in Chinese naming the item; value problems (an unknown tier, points above the maximum) are left
 * to the rubric library, which reports them when the item is scored.
 */
final class Entries {
    /** No real rubric counts a thousand occurrences of anything; a larger number is a typing slip. */
    static final int MAX_COUNT = 1000;

    private Entries() {}

    /** The input, or {@code null} after adding the problems to {@code problems}. */
    static ItemInput read(SheetColumn column, ItemEntry entry, List<String> problems) {
        String item = "“" + column.title() + "”：";
        switch (column.input()) {
            case CHOICE -> {
                if (entry.choice() == null || entry.choice().isBlank()) {
                    problems.add(
                            item + "请选择" + column.optionNoun() + "（可选：" + String.join("、", column.optionNames()) + "）");
                    return null;
                }
                String name = entry.choice().strip();
                return column.kind().equals("TIERS") ? ItemInput.tier(name) : ItemInput.level(name);
            }
            case COUNT -> {
                Integer count = wholeCount(entry.count(), item + "次数", problems);
                return count == null ? null : ItemInput.occurrences(count);
            }
            case COUNTS -> {
                return counts(column, entry, item, problems);
            }
            case POINTS -> {
                if (entry.points() == null) {
                    problems.add(item + "请填写分数");
                    return null;
                }
                return new ItemInput.Manual(entry.points());
            }
            default -> {
                problems.add(item + "出勤项按出勤记录自动计算，不能直接填写");
                return null;
            }
        }
    }

    private static ItemInput counts(SheetColumn column, ItemEntry entry, String item, List<String> problems) {
        if (entry.counts() == null) {
            problems.add(item + "请填写各" + column.optionNoun() + "的次数（" + String.join("、", column.optionNames()) + "）");
            return null;
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        boolean usable = true;
        for (Map.Entry<String, BigDecimal> e : entry.counts().entrySet()) {
            String name = e.getKey() == null ? "" : e.getKey().strip();
            Integer count = wholeCount(e.getValue(), item + "“" + name + "”的次数", problems);
            if (count == null) {
                usable = false;
            } else {
                counts.put(name, count);
            }
        }
        return usable ? ItemInput.counts(counts) : null;
    }

    private static Integer wholeCount(BigDecimal value, String what, List<String> problems) {
        if (value == null) {
            problems.add(what + "必须填写");
            return null;
        }
        if (value.stripTrailingZeros().scale() > 0) {
            problems.add(what + "必须是整数");
            return null;
        }
        if (value.signum() < 0) {
            problems.add(what + "不能为负数");
            return null;
        }
        if (value.compareTo(BigDecimal.valueOf(MAX_COUNT)) > 0) {
            problems.add(what + "不能超过" + MAX_COUNT);
            return null;
        }
        return value.intValueExact();
    }
}
