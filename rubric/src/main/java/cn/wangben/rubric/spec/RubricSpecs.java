package cn.wangben.rubric.spec;

import cn.wangben.contracts.plan.RubricSpec;
import cn.wangben.rubric.AdditionRule;
import cn.wangben.rubric.AttendanceRule;
import cn.wangben.rubric.DeductionRule;
import cn.wangben.rubric.ItemRule;
import cn.wangben.rubric.LevelRule;
import cn.wangben.rubric.ManualRule;
import cn.wangben.rubric.Rubric;
import cn.wangben.rubric.RubricItem;
import cn.wangben.rubric.SeverityDeductionRule;
import cn.wangben.rubric.TierRule;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * Maps a rubric as it travels ({@link RubricSpec}) to the rubric model and back. Both plan-service (the school writes
 * it) and scoring-service (the school scores by it) use this one mapping, so the rubric approved is the rubric scored.
 */
public final class RubricSpecs {
    private RubricSpecs() {}

    /**
     * The rubric this spec describes; shape problems (an unknown rule kind) go to {@code problems} as (path, Chinese
     * message) and the item is kept as a 0-point manual item so validation can go on and report everything at once.
     */
    public static Rubric toRubric(RubricSpec spec, String at, BiConsumer<String, String> problems) {
        List<RubricItem> mapped = new ArrayList<>();
        List<RubricSpec.Item> given = spec.items() == null ? List.of() : spec.items();
        for (int i = 0; i < given.size(); i++) {
            RubricSpec.Item item = given.get(i);
            ItemRule rule = toRule(item == null ? null : item.rule(), at + ".items[" + i + "].rule", problems);
            mapped.add(item == null ? null : new RubricItem(item.id(), item.title(), item.category(), rule));
        }
        return new Rubric(spec.declaredTotal(), mapped);
    }

    /** The spec of a rubric. */
    public static RubricSpec toSpec(Rubric rubric) {
        return new RubricSpec(
                rubric.declaredTotal(),
                rubric.items().stream()
                        .map(i -> new RubricSpec.Item(i.id(), i.title(), i.category(), toJson(i.rule())))
                        .toList());
    }

    private static ItemRule toRule(RubricSpec.Rule r, String at, BiConsumer<String, String> problems) {
        String kind = r == null || r.kind() == null ? "" : r.kind();
        List<RubricSpec.Option> options = r == null || r.options() == null ? List.of() : r.options();
        return switch (kind) {
            case "TIERS" ->
                new TierRule(options.stream()
                        .map(o -> new TierRule.Tier(o.name(), o.points()))
                        .toList());
            case "LEVELS" ->
                new LevelRule(options.stream()
                        .map(o -> new LevelRule.Level(o.name(), o.points()))
                        .toList());
            case "DEDUCTION" -> new DeductionRule(r.max(), r.perOccurrence(), r.deductionCap());
            case "SEVERITY_DEDUCTION" ->
                new SeverityDeductionRule(
                        r.max(),
                        options.stream()
                                .map(o -> new SeverityDeductionRule.Severity(o.name(), o.points()))
                                .toList());
            case "ADDITION" ->
                new AdditionRule(
                        r.cap(),
                        options.stream()
                                .map(o -> new AdditionRule.Kind(o.name(), o.points()))
                                .toList());
            case "ATTENDANCE" -> new AttendanceRule(r.max());
            case "MANUAL" -> new ManualRule(r.max());
            default -> {
                problems.accept(
                        at + ".kind",
                        "未知的评分规则类型「" + kind
                                + "」，可选：TIERS、LEVELS、DEDUCTION、SEVERITY_DEDUCTION、ADDITION、ATTENDANCE、MANUAL");
                yield new ManualRule(BigDecimal.ZERO);
            }
        };
    }

    private static RubricSpec.Rule toJson(ItemRule rule) {
        if (rule instanceof TierRule t) {
            return options(
                    "TIERS",
                    null,
                    null,
                    null,
                    null,
                    t.tiers().stream()
                            .map(x -> new RubricSpec.Option(x.label(), x.points()))
                            .toList());
        } else if (rule instanceof LevelRule l) {
            return options(
                    "LEVELS",
                    null,
                    null,
                    null,
                    null,
                    l.levels().stream()
                            .map(x -> new RubricSpec.Option(x.name(), x.points()))
                            .toList());
        } else if (rule instanceof DeductionRule d) {
            return options("DEDUCTION", d.max(), d.perOccurrence(), d.deductionCap(), null, null);
        } else if (rule instanceof SeverityDeductionRule s) {
            return options(
                    "SEVERITY_DEDUCTION",
                    s.max(),
                    null,
                    null,
                    null,
                    s.severities().stream()
                            .map(x -> new RubricSpec.Option(x.name(), x.deduction()))
                            .toList());
        } else if (rule instanceof AdditionRule a) {
            return options(
                    "ADDITION",
                    null,
                    null,
                    null,
                    a.cap(),
                    a.kinds().stream()
                            .map(x -> new RubricSpec.Option(x.name(), x.points()))
                            .toList());
        } else if (rule instanceof AttendanceRule a) {
            return options("ATTENDANCE", a.max(), null, null, null, null);
        }
        return options("MANUAL", ((ManualRule) rule).max(), null, null, null, null);
    }

    private static RubricSpec.Rule options(
            String kind,
            BigDecimal max,
            BigDecimal per,
            BigDecimal deductionCap,
            BigDecimal cap,
            List<RubricSpec.Option> options) {
        return new RubricSpec.Rule(kind, max, per, deductionCap, cap, options);
    }
}
