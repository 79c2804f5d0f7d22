package cn.wangben.scoring.facts.persistence;

import cn.wangben.contracts.plan.PlannedActivity;
import cn.wangben.contracts.plan.RosteredTeacher;
import cn.wangben.contracts.plan.RubricSpec;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.bson.Document;

/** Maps the facts' parts to documents; amounts are stored as decimal strings so no digit is ever lost. */
public final class FactDocuments {
    private FactDocuments() {}

    public static Document rubric(RubricSpec spec) {
        List<Document> items = spec.items() == null
                ? List.of()
                : spec.items().stream().map(FactDocuments::item).toList();
        return new Document("declaredTotal", text(spec.declaredTotal())).append("items", items);
    }

    static RubricSpec rubric(Document d) {
        List<RubricSpec.Item> items = d.getList("items", Document.class).stream()
                .map(i -> new RubricSpec.Item(
                        i.getString("id"),
                        i.getString("title"),
                        i.getString("category"),
                        rule(i.get("rule", Document.class))))
                .toList();
        return new RubricSpec(number(d.getString("declaredTotal")), items);
    }

    public static Document activity(PlannedActivity a) {
        return new Document("number", a.number())
                .append(
                        "startDate",
                        a.startDate() == null ? null : a.startDate().toString())
                .append("endDate", a.endDate() == null ? null : a.endDate().toString())
                .append("content", a.content());
    }

    static PlannedActivity activity(Document d) {
        return new PlannedActivity(
                d.getInteger("number"),
                date(d.getString("startDate")),
                date(d.getString("endDate")),
                d.getString("content"));
    }

    public static Document teacher(RosteredTeacher t) {
        return new Document("teacherKey", t.teacherKey())
                .append("name", t.name())
                .append("gender", t.gender())
                .append("stage", t.stage())
                .append("subject", t.subject())
                .append("title", t.title())
                .append("yearsOfTeaching", t.yearsOfTeaching())
                .append("maskedIdNumber", t.maskedIdNumber());
    }

    static RosteredTeacher teacher(Document d) {
        return new RosteredTeacher(
                d.getString("teacherKey"),
                d.getString("name"),
                d.getString("gender"),
                d.getString("stage"),
                d.getString("subject"),
                d.getString("title"),
                d.getInteger("yearsOfTeaching"),
                d.getString("maskedIdNumber"));
    }

    private static Document item(RubricSpec.Item item) {
        return new Document("id", item.id())
                .append("title", item.title())
                .append("category", item.category())
                .append("rule", item.rule() == null ? null : rule(item.rule()));
    }

    private static Document rule(RubricSpec.Rule r) {
        List<Document> options = r.options() == null
                ? null
                : r.options().stream()
                        .map(o -> new Document("name", o.name()).append("points", text(o.points())))
                        .toList();
        return new Document("kind", r.kind())
                .append("max", text(r.max()))
                .append("perOccurrence", text(r.perOccurrence()))
                .append("deductionCap", text(r.deductionCap()))
                .append("cap", text(r.cap()))
                .append("options", options);
    }

    private static RubricSpec.Rule rule(Document d) {
        if (d == null) {
            return null;
        }
        List<Document> options = d.getList("options", Document.class);
        return new RubricSpec.Rule(
                d.getString("kind"),
                number(d.getString("max")),
                number(d.getString("perOccurrence")),
                number(d.getString("deductionCap")),
                number(d.getString("cap")),
                options == null
                        ? null
                        : options.stream()
                                .map(o -> new RubricSpec.Option(o.getString("name"), number(o.getString("points"))))
                                .toList());
    }

    static String text(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }

    static BigDecimal number(String value) {
        return value == null ? null : new BigDecimal(value);
    }

    private static LocalDate date(String value) {
        return value == null ? null : LocalDate.parse(value);
    }
}
