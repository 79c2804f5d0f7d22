package cn.wangben.rubric;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Scores trainees' sheets against one valid rubric and scales the result to the school part.
 *
 * <p><b>Scaling and rounding.</b> The school part is worth N points ({@code schoolPoints}, 40 in
 * the notice). Each item is scored on the rubric's own scale; the raw total is the sum of the
 * item scores. If the rubric's declared total equals N the school score is the raw total.
 * Otherwise {@code schoolScore = rawTotal × N ÷ declaredTotal}, computed exactly with
 * {@link BigDecimal} and rounded <em>once</em>, HALF_UP, to one decimal: 87.5 of 100 → 35.0 of 40;
 * 75.3 of 80 → 37.65 → 37.7 of 40. Item scores are never rounded, except an attendance ratio,
 * which is rounded HALF_UP to one decimal as an item (see {@link AttendanceRule}), so that the
 * shown items add up to the raw total.
 */
public final class RubricScorer {

    private final Rubric rubric;
    private final BigDecimal schoolPoints;

    private RubricScorer(Rubric rubric, BigDecimal schoolPoints) {
        this.rubric = rubric;
        this.schoolPoints = schoolPoints;
    }

    /**
     * @param rubric must be valid
     * @param schoolPoints N, above 0, one decimal at most
     * @throws InvalidRubricException when the rubric is not valid
     * @throws IllegalArgumentException when N is not above 0 or has more than one decimal
     */
    public static RubricScorer of(Rubric rubric, BigDecimal schoolPoints) {
        Objects.requireNonNull(schoolPoints, "schoolPoints");
        if (schoolPoints.signum() <= 0 || !Points.hasAtMostOneDecimal(schoolPoints)) {
            throw new IllegalArgumentException("校本研修分值必须大于0且最多一位小数：" + schoolPoints);
        }
        return new RubricScorer(rubric.requireValid(), schoolPoints);
    }

    public static RubricScorer of(Rubric rubric, int schoolPoints) {
        return of(rubric, BigDecimal.valueOf(schoolPoints));
    }

    public Rubric rubric() {
        return rubric;
    }

    /**
     * Scores one trainee.
     *
     * @throws InvalidScoresheetException listing every problem: unknown item ids, missing inputs,
     *     inputs of the wrong kind, and bad values
     */
    public RubricScore score(Scoresheet sheet) {
        List<ScoresheetError> errors = new ArrayList<>();
        for (String id : sheet.inputs().keySet()) {
            if (rubric.item(id).isEmpty()) {
                errors.add(new ScoresheetError(id, null, "考核细则中没有编号为“" + id + "”的项目"));
            }
        }
        List<ItemScore> scores = new ArrayList<>();
        for (RubricItem item : rubric.items()) {
            ItemErrors itemErrors = new ItemErrors(item, errors);
            ItemInput input = sheet.inputs().get(item.id());
            if (input == null) {
                itemErrors.fail("input", "缺少评分");
                continue;
            }
            BigDecimal points = RulePolicies.score(item.rule(), input, itemErrors);
            if (points != null) {
                scores.add(new ItemScore(item.id(), item.title(), oneDecimal(points), oneDecimal(item.maxPoints())));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidScoresheetException(errors);
        }
        BigDecimal raw = scores.stream().map(ItemScore::points).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new RubricScore(scores, oneDecimal(raw), rubric.declaredTotal(), schoolPoints, scale(raw));
    }

    private BigDecimal scale(BigDecimal raw) {
        if (rubric.declaredTotal().compareTo(schoolPoints) == 0) {
            return oneDecimal(raw);
        }
        // divide(…, 1, HALF_UP) rounds the exact quotient, so this is the single rounding step
        return raw.multiply(schoolPoints).divide(rubric.declaredTotal(), 1, RoundingMode.HALF_UP);
    }

    /** Adds a trailing .0 where needed; policies and validation guarantee no digits are lost. */
    private static BigDecimal oneDecimal(BigDecimal value) {
        return value.setScale(1, RoundingMode.UNNECESSARY);
    }
}
