package cn.wangben.scoring.results;

import cn.wangben.contracts.ids.ModuleId;
import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;

/**
 * One module's figures for one school, kept as sums and counts so that schools add up exactly to the county.
 *
 * @param submitted distinct teachers with an accepted essay
 * @param onTime of those, first accepted before the module's cutoff (later ones came with an extension)
 * @param graded distinct teachers graded (released or not)
 * @param missed teachers whose cutoff passed without an essay (0 points)
 * @param scoreSum the sum of the graded scores
 * @param bands graded essays by the grader's band (优秀/良好/一般), and missed ones under {@link #MISSED_BAND}
 */
public record ModuleTally(
        ModuleId module,
        int submitted,
        int onTime,
        int graded,
        int missed,
        BigDecimal scoreSum,
        Map<String, Integer> bands) {
    public static final String MISSED_BAND = "缺交";

    public ModuleTally {
        bands = new TreeMap<>(bands);
    }

    public static ModuleTally empty(ModuleId module) {
        return new ModuleTally(module, 0, 0, 0, 0, Points.ZERO, Map.of());
    }

    /** The average of the graded scores, one place. */
    public BigDecimal average() {
        return Points.average(scoreSum, graded);
    }

    public ModuleTally plus(ModuleTally other) {
        Map<String, Integer> merged = new TreeMap<>(bands);
        other.bands.forEach((band, n) -> merged.merge(band, n, Integer::sum));
        return new ModuleTally(
                module,
                submitted + other.submitted,
                onTime + other.onTime,
                graded + other.graded,
                missed + other.missed,
                scoreSum.add(other.scoreSum),
                merged);
    }
}
