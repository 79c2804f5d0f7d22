package cn.wangben.scoring.schoolscore;

import cn.wangben.contracts.plan.RubricSpec;
import cn.wangben.platform.domain.DomainException;
import cn.wangben.rubric.InvalidScoresheetException;
import cn.wangben.rubric.ItemInput;
import cn.wangben.rubric.Rubric;
import cn.wangben.rubric.RubricItem;
import cn.wangben.rubric.RubricScore;
import cn.wangben.rubric.RubricScorer;
import cn.wangben.rubric.Scoresheet;
import cn.wangben.rubric.ScoresheetError;
import cn.wangben.rubric.spec.RubricSpecs;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The approved rubric as the score sheet uses it: its columns, and the rubric library's scorers. Each item is also
 * scored on its own (a one-item rubric worth the item's maximum, scored on that same maximum, so nothing is scaled or
 * rounded) so that a half-filled row already shows the items entered; the totals always come from the whole-rubric
 * scorer, so the sheet's totals are exactly the library's.
 */
public final class SheetRubric {
    private final Rubric rubric;
    private final List<SheetColumn> columns;
    private final RubricScorer scorer;
    private final Map<String, RubricScorer> itemScorers = new LinkedHashMap<>();

    private SheetRubric(Rubric rubric, List<SheetColumn> columns, RubricScorer scorer) {
        this.rubric = rubric;
        this.columns = List.copyOf(columns);
        this.scorer = scorer;
        for (RubricItem item : rubric.items()) {
            itemScorers.put(item.id(), RubricScorer.of(new Rubric(item.maxPoints(), List.of(item)), item.maxPoints()));
        }
    }

    /**
     * @throws DomainException a conflict naming every problem when the approved rubric cannot be scored by (plan-service
     *     validated it, so this means the two services disagree) or the programme has no school points
     */
    public static SheetRubric of(RubricSpec spec, int schoolPoints) {
        List<String> problems = new ArrayList<>();
        Rubric rubric = RubricSpecs.toRubric(spec, "rubric", (path, message) -> problems.add(path + "：" + message));
        rubric.validate().violations().forEach(v -> problems.add(v.path() + "：" + v.message()));
        if (schoolPoints <= 0) {
            problems.add("该研修项目的校本研修分值为" + schoolPoints + "，无法折算");
        }
        if (!problems.isEmpty()) {
            throw DomainException.conflict("rubric-unusable", "已审核的考核细则无法用于评分：" + String.join("；", problems));
        }
        List<SheetColumn> columns = new ArrayList<>();
        for (int i = 0; i < spec.items().size(); i++) {
            RubricSpec.Item item = spec.items().get(i);
            RubricSpec.Rule rule = item.rule();
            columns.add(new SheetColumn(
                    item.id(),
                    item.title(),
                    item.category(),
                    rule.kind(),
                    InputKind.of(rule.kind()),
                    rubric.items().get(i).maxPoints().setScale(1, RoundingMode.UNNECESSARY),
                    rule.options() == null ? List.of() : rule.options(),
                    rule.perOccurrence(),
                    rule.deductionCap()));
        }
        return new SheetRubric(rubric, columns, RubricScorer.of(rubric, BigDecimal.valueOf(schoolPoints)));
    }

    public List<SheetColumn> columns() {
        return columns;
    }

    public BigDecimal declaredTotal() {
        return rubric.declaredTotal();
    }

    public boolean hasAttendance() {
        return columns.stream().anyMatch(c -> c.input() == InputKind.ATTENDANCE);
    }

    public java.util.Optional<SheetColumn> column(String itemId) {
        return columns.stream().filter(c -> c.itemId().equals(itemId)).findFirst();
    }

    /** The item's points for this input, or the library's Chinese problems (naming the item) that prevent them. */
    ItemCell scoreItem(String itemId, ItemInput input) {
        try {
            BigDecimal points = itemScorers
                    .get(itemId)
                    .score(Scoresheet.builder().put(itemId, input).build())
                    .items()
                    .get(0)
                    .points();
            return new ItemCell(itemId, points, List.of());
        } catch (InvalidScoresheetException e) {
            return new ItemCell(
                    itemId,
                    null,
                    e.errors().stream().map(ScoresheetError::message).toList());
        }
    }

    /** Raw total and scaled school score of a complete row; every item must have a valid input. */
    RubricScore scoreRow(Map<String, ItemInput> inputs) {
        return scorer.score(new Scoresheet(inputs));
    }
}
