package cn.wangben.scoring.schoolscore;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the school enters for one rubric item of one trainee, as typed: a choice name (tiers, levels), a count
 * (deduction per occurrence), counts per named option (severities, additions) or points (manual). Counts are decimals
 * here so that a fractional count is reported to the school instead of being truncated on the way in; the rubric
 * decides which field it reads ({@link InputKind}).
 */
public record ItemEntry(String choice, BigDecimal count, Map<String, BigDecimal> counts, BigDecimal points) {

    public ItemEntry {
        counts = counts == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(counts));
    }

    public static ItemEntry choice(String name) {
        return new ItemEntry(name, null, null, null);
    }

    public static ItemEntry count(int count) {
        return new ItemEntry(null, BigDecimal.valueOf(count), null, null);
    }

    public static ItemEntry counts(Map<String, Integer> counts) {
        Map<String, BigDecimal> decimals = new LinkedHashMap<>();
        counts.forEach((name, n) -> decimals.put(name, n == null ? null : BigDecimal.valueOf(n)));
        return new ItemEntry(null, null, decimals, null);
    }

    public static ItemEntry points(String points) {
        return new ItemEntry(null, null, null, new BigDecimal(points));
    }
}
