package cn.wangben.rubric;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A school's rubric (考核细则): a declared total and its ordered items.
 *
 * <p>Construction accepts anything, even nulls, because a rubric usually arrives from a school's
 * form and must be reported back with every problem at once; call {@link #validate()} (all
 * violations) or {@link #requireValid()} (throws) before relying on it. A valid rubric's item
 * maxima sum exactly to {@link #declaredTotal()}.
 *
 * @param declaredTotal the total the school wrote on its rubric, e.g. 40 or 100 (满分100分)
 * @param items the items in the school's order
 */
public record Rubric(BigDecimal declaredTotal, List<RubricItem> items) {

    public Rubric {
        // a copy that tolerates null elements, so validation can point at them
        items = items == null ? null : Collections.unmodifiableList(new ArrayList<>(items));
    }

    public static Rubric of(int declaredTotal, RubricItem... items) {
        return new Rubric(BigDecimal.valueOf(declaredTotal), Arrays.asList(items));
    }

    /** Sum of the items' maxima; items without a usable rule count as 0. */
    public BigDecimal itemMaxSum() {
        if (items == null) {
            return BigDecimal.ZERO;
        }
        return items.stream()
                .filter(Objects::nonNull)
                .map(RubricItem::maxPoints)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The item with this id, if any. */
    public Optional<RubricItem> item(String id) {
        if (items == null || id == null) {
            return Optional.empty();
        }
        return items.stream().filter(i -> i != null && id.equals(i.id())).findFirst();
    }

    /** Checks everything and returns all violations (empty when valid). */
    public RubricValidation validate() {
        return RubricValidator.validate(this);
    }

    /**
     * Returns this rubric when it is valid.
     *
     * @throws InvalidRubricException listing every violation
     */
    public Rubric requireValid() {
        validate().orThrow();
        return this;
    }
}
