package cn.wangben.rubric;

import java.math.BigDecimal;
import java.util.List;

/**
 * A trainee's scored sheet.
 *
 * @param items per-item scores in rubric order, unscaled
 * @param rawTotal sum of the item scores, on the rubric's declared total
 * @param declaredTotal the rubric's declared total
 * @param schoolPoints what the school part is worth (N, 40 in the notice)
 * @param schoolScore the raw total scaled to N, one decimal; see {@link RubricScorer}
 */
public record RubricScore(
        List<ItemScore> items,
        BigDecimal rawTotal,
        BigDecimal declaredTotal,
        BigDecimal schoolPoints,
        BigDecimal schoolScore) {

    public RubricScore {
        items = List.copyOf(items);
    }

    /** Whether the rubric was written on another total than N. */
    public boolean scaled() {
        return declaredTotal.compareTo(schoolPoints) != 0;
    }
}
