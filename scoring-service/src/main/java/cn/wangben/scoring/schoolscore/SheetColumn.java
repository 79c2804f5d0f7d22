package cn.wangben.scoring.schoolscore;

import cn.wangben.contracts.plan.RubricSpec;
import java.math.BigDecimal;
import java.util.List;

/**
 * One rubric item as a column of the score sheet: what it is worth and what the school enters for it.
 *
 * @param kind the rule kind as approved (TIERS, LEVELS, DEDUCTION, SEVERITY_DEDUCTION, ADDITION, ATTENDANCE, MANUAL)
 * @param max the item's maximum on the rubric's own scale, one decimal
 * @param options tiers, levels, severities or addition kinds with their points; empty for other kinds
 * @param perOccurrence DEDUCTION only
 * @param deductionCap DEDUCTION only, optional
 */
public record SheetColumn(
        String itemId,
        String title,
        String category,
        String kind,
        InputKind input,
        BigDecimal max,
        List<RubricSpec.Option> options,
        BigDecimal perOccurrence,
        BigDecimal deductionCap) {

    public SheetColumn {
        options = List.copyOf(options);
    }

    /** The option names, e.g. 一档、二档、三档, for messages and the workbook's drop-down lists. */
    public List<String> optionNames() {
        return options.stream().map(RubricSpec.Option::name).toList();
    }

    /** 档次, 等级, 情节 or 加分事项, as the rubric library names them in its own messages. */
    String optionNoun() {
        return switch (kind) {
            case "TIERS" -> "档次";
            case "LEVELS" -> "等级";
            case "SEVERITY_DEDUCTION" -> "情节";
            default -> "加分事项";
        };
    }
}
