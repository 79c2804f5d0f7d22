package cn.wangben.assignment.grading.persistence;

import cn.wangben.assignment.grading.Attempt;
import cn.wangben.assignment.grading.AuditEntry;
import cn.wangben.assignment.grading.Grade;
import cn.wangben.assignment.grading.GradingItem;
import cn.wangben.assignment.grading.ItemStatus;
import cn.wangben.assignment.grading.NearCopyFlag;
import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.ModuleId;
import cn.wangben.contracts.ids.ProgrammeId;
import cn.wangben.contracts.ids.SchoolId;
import cn.wangben.contracts.ids.SubmissionId;
import cn.wangben.contracts.ids.TeacherId;
import cn.wangben.platform.outbox.EventSourcedWrites;
import java.util.Date;
import java.util.List;
import java.util.function.Function;
import org.bson.Document;
import org.bson.types.Decimal128;

/** The stored shape of a grading item. Scores are Decimal128: exact, never a double. */
final class GradingItemDocuments {
    static final String COLLECTION = "grading_items";

    private GradingItemDocuments() {}

    /**
     * The key is also the queue's sort order: module, then teacher. Sorting by {@code _id} needs no in-memory sort on
     * any Mongo, and keyset paging continues after the last teacher of a page.
     */
    static String key(ModuleId module, TeacherId teacher) {
        return module.value() + ":" + teacher.value();
    }

    static Document forInsert(GradingItem item) {
        Document d = new Document("_id", key(item.module(), item.teacher()))
                .append("countyId", item.county().value())
                .append("moduleId", item.module().value())
                .append("teacherId", item.teacher().value());
        d.putAll(changedFields(item));
        d.append("flagged", !item.nearCopies().isEmpty());
        d.append(
                "nearCopies",
                item.nearCopies().stream().map(GradingItemDocuments::flag).toList());
        return d;
    }

    /** What grading and new attempts change; the flags belong to the similarity check and are left alone. */
    static Document changedFields(GradingItem item) {
        Attempt a = item.attempt();
        return new Document("programmeId", value(item.programme(), ProgrammeId::value))
                .append("schoolId", value(item.school(), SchoolId::value))
                .append("status", item.status().name())
                .append("submissionId", a == null ? null : a.submission().value())
                .append("attempt", a == null ? null : a.number())
                .append("submittedAt", a == null ? null : Date.from(a.submittedAt()))
                .append("characters", a == null ? null : a.characters())
                .append("grade", grade(item.grade()))
                .append("revision", item.revision())
                .append(
                        "history",
                        item.history().stream().map(GradingItemDocuments::audit).toList());
    }

    static Document flag(NearCopyFlag f) {
        return new Document("submissionId", f.submission().value())
                .append("teacherId", f.teacher().value())
                .append("similarity", new Decimal128(f.similarity()));
    }

    static GradingItem fromDocument(Document d) {
        SubmissionId submission = value(d.getString("submissionId"), SubmissionId::of);
        Attempt attempt = submission == null
                ? null
                : new Attempt(
                        submission,
                        d.getInteger("attempt"),
                        d.getDate("submittedAt").toInstant(),
                        d.getInteger("characters"));
        return new GradingItem(
                CountyId.of(d.getString("countyId")),
                ModuleId.of(d.getString("moduleId")),
                TeacherId.of(d.getString("teacherId")),
                value(d.getString("programmeId"), ProgrammeId::of),
                value(d.getString("schoolId"), SchoolId::of),
                ItemStatus.valueOf(d.getString("status")),
                attempt,
                grade(d.get("grade", Document.class)),
                d.getInteger("revision", 0),
                d.getList("history", Document.class, List.of()).stream()
                        .map(GradingItemDocuments::audit)
                        .toList(),
                d.getList("nearCopies", Document.class, List.of()).stream()
                        .map(f -> new NearCopyFlag(
                                SubmissionId.of(f.getString("submissionId")),
                                TeacherId.of(f.getString("teacherId")),
                                f.get("similarity", Decimal128.class).bigDecimalValue()))
                        .toList(),
                ((Number) d.get(EventSourcedWrites.VERSION)).longValue());
    }

    private static Document grade(Grade g) {
        if (g == null) {
            return null;
        }
        return new Document("band", g.band())
                .append("score", new Decimal128(g.score()))
                .append("comment", g.comment())
                .append("by", g.by())
                .append("at", Date.from(g.at()));
    }

    private static Grade grade(Document d) {
        if (d == null) {
            return null;
        }
        return new Grade(
                d.getString("band"),
                d.get("score", Decimal128.class).bigDecimalValue(),
                d.getString("comment"),
                d.getString("by"),
                d.getDate("at").toInstant());
    }

    private static Document audit(AuditEntry e) {
        return new Document("kind", e.kind().name())
                .append("revision", e.revision())
                .append("submissionId", e.submission().value())
                .append("attempt", e.attempt())
                .append("before", grade(e.before()))
                .append("after", grade(e.after()))
                .append("by", e.by())
                .append("at", Date.from(e.at()))
                .append("afterRelease", e.afterRelease());
    }

    private static AuditEntry audit(Document d) {
        return new AuditEntry(
                AuditEntry.Kind.valueOf(d.getString("kind")),
                d.getInteger("revision"),
                SubmissionId.of(d.getString("submissionId")),
                d.getInteger("attempt"),
                grade(d.get("before", Document.class)),
                grade(d.get("after", Document.class)),
                d.getString("by"),
                d.getDate("at").toInstant(),
                d.getBoolean("afterRelease", false));
    }

    private static <T, R> R value(T value, Function<T, R> map) {
        return value == null ? null : map.apply(value);
    }
}
