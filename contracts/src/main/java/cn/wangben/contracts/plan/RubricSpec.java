package cn.wangben.contracts.plan;

import java.math.BigDecimal;
import java.util.List;

/**
 * A school rubric (考核细则) as it travels: in the plan API and in {@link SchoolPlanApproved}, so scoring-service scores
 * by exactly the rubric the county approved. {@code kind} names the rule: TIERS, LEVELS, DEDUCTION,
 * SEVERITY_DEDUCTION, ADDITION, ATTENDANCE, MANUAL; {@code options} are the named points of tiers, levels, severities
 * and addition kinds. The rubric library maps it to its domain model and validates it.
 */
public record RubricSpec(BigDecimal declaredTotal, List<Item> items) {

    public record Item(String id, String title, String category, Rule rule) {}

    public record Rule(
            String kind,
            BigDecimal max,
            BigDecimal perOccurrence,
            BigDecimal deductionCap,
            BigDecimal cap,
            List<Option> options) {}

    public record Option(String name, BigDecimal points) {}
}
