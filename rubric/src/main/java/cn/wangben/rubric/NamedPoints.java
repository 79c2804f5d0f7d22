package cn.wangben.rubric;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Validation shared by lists of named amounts: tiers, levels, severities and addition kinds.
 * Names must be present and distinct; amounts usable; optionally distinct and descending, which
 * is what makes tiers and levels non-overlapping.
 */
final class NamedPoints {

    /** One entry as the checks see it; {@code null} stands for a missing list element. */
    record Entry(String name, BigDecimal points) {}

    private final String noun;
    private final String nameField;
    private final String pointsField;
    private final int minimum;

    NamedPoints(String noun, String nameField, String pointsField, int minimum) {
        this.noun = noun;
        this.nameField = nameField;
        this.pointsField = pointsField;
        this.minimum = minimum;
    }

    /** Checks names and amounts; returns the usable amounts by index for further checks. */
    Map<Integer, BigDecimal> check(List<Entry> entries, String path, boolean positive, ViolationCollector out) {
        Map<Integer, BigDecimal> usable = new TreeMap<>(); // index order keeps messages in rubric order
        if (entries == null || entries.size() < minimum) {
            out.add(path, "至少需要" + (minimum == 1 ? "一" : "两") + "个" + noun);
            if (entries == null) {
                return usable;
            }
        }
        Map<String, Integer> names = new HashMap<>();
        for (int j = 0; j < entries.size(); j++) {
            Entry entry = entries.get(j);
            String at = path + "[" + j + "]";
            if (entry == null) {
                out.add(at, noun + "不能为空");
                continue;
            }
            if (Points.isBlank(entry.name())) {
                out.add(at + "." + nameField, noun + "名称不能为空");
            } else if (names.putIfAbsent(entry.name().strip(), j) != null) {
                out.add(at + "." + nameField, noun + "名称“" + entry.name().strip() + "”重复");
            }
            if (out.points(at + "." + pointsField, entry.points(), positive)) {
                usable.put(j, entry.points());
            }
        }
        return usable;
    }

    /** Rejects equal amounts (overlapping tiers) and any amount above the one before it. */
    void distinctAndDescending(Map<Integer, BigDecimal> usable, String path, ViolationCollector out) {
        Map<BigDecimal, Integer> seen = new TreeMap<>(); // compareTo-equal: 5 and 5.0 are one tier
        BigDecimal previous = null;
        boolean descending = true;
        for (Map.Entry<Integer, BigDecimal> e : new TreeMap<>(usable).entrySet()) {
            BigDecimal points = e.getValue();
            if (seen.putIfAbsent(points, e.getKey()) != null) {
                out.add(
                        path + "[" + e.getKey() + "]." + pointsField,
                        noun + "分值" + Points.show(points) + "分重复，" + noun + "不能重叠");
                continue;
            }
            if (previous != null && points.compareTo(previous) > 0) {
                descending = false;
            }
            previous = points;
        }
        if (!descending) {
            out.add(path, noun + "须按分值从高到低排列");
        }
        if (!usable.isEmpty() && usable.values().stream().allMatch(p -> p.signum() == 0)) {
            out.add(path, "最高" + noun + "分值必须大于0");
        }
    }
}
