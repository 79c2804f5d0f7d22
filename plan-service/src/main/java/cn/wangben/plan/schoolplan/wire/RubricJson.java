package cn.wangben.plan.schoolplan.wire;

import cn.wangben.platform.domain.DomainException.Violation;
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

/**
 * A rubric on the wire. {@code kind} names the rule: TIERS, LEVELS, DEDUCTION, SEVERITY_DEDUCTION, ADDITION,
 * ATTENDANCE, MANUAL; {@code options} are the named points of tiers, levels, severities (deduction) and addition kinds.
 */
public record RubricJson(BigDecimal declaredTotal, List<ItemJson> items) {

    public record ItemJson(String id, String title, String category, RuleJson rule) {}

    public record RuleJson(
            String kind,
            BigDecimal max,
            BigDecimal perOccurrence,
            BigDecimal deductionCap,
            BigDecimal cap,
            List<OptionJson> options) {}

    public record OptionJson(String name, BigDecimal points) {}

    Rubric toDomain(List<Violation> problems) {
        List<RubricItem> mapped = new ArrayList<>();
        List<ItemJson> given = items == null ? List.of() : items;
        for (int i = 0; i < given.size(); i++) {
            ItemJson item = given.get(i);
            ItemRule rule = RuleKinds.toRule(item.rule(), "rubric.items[" + i + "].rule", problems);
            mapped.add(new RubricItem(item.id(), item.title(), item.category(), rule));
        }
        return new Rubric(declaredTotal, mapped);
    }

    static RubricJson of(Rubric rubric) {
        return new RubricJson(
                rubric.declaredTotal(),
                rubric.items().stream()
                        .map(i -> new ItemJson(i.id(), i.title(), i.category(), RuleKinds.toJson(i.rule())))
                        .toList());
    }

    /** The seven rule kinds, both directions. */
    static final class RuleKinds {
        private RuleKinds() {}

        static ItemRule toRule(RuleJson r, String at, List<Violation> problems) {
            String kind = r == null || r.kind() == null ? "" : r.kind();
            List<OptionJson> options = r == null || r.options() == null ? List.of() : r.options();
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
                    problems.add(new Violation(
                            at + ".kind",
                            "未知的评分规则类型「" + kind
                                    + "」，可选：TIERS、LEVELS、DEDUCTION、SEVERITY_DEDUCTION、ADDITION、ATTENDANCE、MANUAL"));
                    yield new ManualRule(BigDecimal.ZERO);
                }
            };
        }

        static RuleJson toJson(ItemRule rule) {
            if (rule instanceof TierRule t) {
                return options(
                        "TIERS",
                        null,
                        null,
                        null,
                        null,
                        t.tiers().stream()
                                .map(x -> new OptionJson(x.label(), x.points()))
                                .toList());
            } else if (rule instanceof LevelRule l) {
                return options(
                        "LEVELS",
                        null,
                        null,
                        null,
                        null,
                        l.levels().stream()
                                .map(x -> new OptionJson(x.name(), x.points()))
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
                                .map(x -> new OptionJson(x.name(), x.deduction()))
                                .toList());
            } else if (rule instanceof AdditionRule a) {
                return options(
                        "ADDITION",
                        null,
                        null,
                        null,
                        a.cap(),
                        a.kinds().stream()
                                .map(x -> new OptionJson(x.name(), x.points()))
                                .toList());
            } else if (rule instanceof AttendanceRule a) {
                return options("ATTENDANCE", a.max(), null, null, null, null);
            }
            return options("MANUAL", ((ManualRule) rule).max(), null, null, null, null);
        }

        private static RuleJson options(
                String kind,
                BigDecimal max,
                BigDecimal per,
                BigDecimal deductionCap,
                BigDecimal cap,
                List<OptionJson> options) {
            return new RuleJson(kind, max, per, deductionCap, cap, options);
        }
    }
}
