package cn.wangben.assignment.cutoff.persistence;

import cn.wangben.assignment.cutoff.Extension;
import cn.wangben.assignment.cutoff.MissedEssay;
import cn.wangben.assignment.cutoff.TeacherCutoffs;
import cn.wangben.assignment.module.OnlineModule;
import cn.wangben.contracts.DomainEvent;
import cn.wangben.contracts.ids.ModuleId;
import cn.wangben.contracts.ids.SchoolId;
import cn.wangben.contracts.ids.TeacherId;
import cn.wangben.platform.messaging.EventCodec;
import cn.wangben.platform.outbox.EventSourcedWrites;
import cn.wangben.platform.outbox.OutboxMessage;
import cn.wangben.platform.outbox.OutboxRelay;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

/**
 * {@code _id} is module and teacher. Both writes are conditional upserts on that natural key: when the condition fails
 * on an existing record, the upsert tries to insert a second record with the same {@code _id} and MongoDB answers
 * "duplicate key", which here means "already done" (or "not allowed"), never an error. The events go in the same
 * single-document write, so a mark or a grant and its event exist together or not at all.
 */
@Repository
class MongoTeacherCutoffs implements TeacherCutoffs {
    static final String COLLECTION = "teacher_cutoffs";
    private final MongoTemplate mongo;
    private final EventCodec codec;
    private final OutboxRelay relay;

    MongoTeacherCutoffs(MongoTemplate mongo, EventCodec codec, OutboxRelay relay) {
        this.mongo = mongo;
        this.codec = codec;
        this.relay = relay;
        mongo.getCollection(COLLECTION).createIndex(Indexes.ascending("moduleId"));
    }

    @Override
    public Optional<Extension> extension(ModuleId module, TeacherId teacher) {
        Document d = mongo.getCollection(COLLECTION)
                .find(Filters.eq("_id", id(module, teacher)))
                .first();
        return Optional.ofNullable(d)
                .filter(found -> found.get("extension") != null)
                .map(MongoTeacherCutoffs::toExtension);
    }

    @Override
    public List<Extension> extensionsOf(ModuleId module) {
        return mongo.getCollection(COLLECTION)
                .find(Filters.and(Filters.eq("moduleId", module.value()), Filters.exists("extension")))
                .map(MongoTeacherCutoffs::toExtension)
                .into(new ArrayList<>());
    }

    @Override
    public boolean grant(OnlineModule module, Extension e, List<DomainEvent> events) {
        Document grant = new Document("until", Date.from(e.until()))
                .append("reason", e.reason())
                .append("by", e.by())
                .append("grantedAt", Date.from(e.grantedAt()));
        Bson notMissed = Filters.and(Filters.eq("_id", id(e.module(), e.teacher())), Filters.exists("missedAt", false));
        return upsert(
                id(e.module(), e.teacher()),
                notMissed,
                events,
                identity(module, e.teacher(), e.school()),
                Updates.set("extension", grant),
                Updates.push("grants", grant));
    }

    @Override
    public boolean markMissed(MissedEssay m, Instant passedBy, List<DomainEvent> events) {
        Bson due = Filters.and(
                Filters.eq("_id", id(m.module().id(), m.teacher())),
                Filters.exists("missedAt", false),
                Filters.or(Filters.exists("extension", false), Filters.lte("extension.until", Date.from(passedBy))));
        return upsert(
                id(m.module().id(), m.teacher()),
                due,
                events,
                identity(m.module(), m.teacher(), m.school()),
                Updates.set("missedAt", Date.from(m.markedAt())),
                Updates.set("missedCutoff", Date.from(m.cutoff())));
    }

    @Override
    public Set<TeacherId> missedIn(ModuleId module) {
        return mongo.getCollection(COLLECTION)
                .find(Filters.and(Filters.eq("moduleId", module.value()), Filters.exists("missedAt")))
                .map(d -> TeacherId.of(d.getString("teacherId")))
                .into(new HashSet<>());
    }

    private boolean upsert(String id, Bson filter, List<DomainEvent> events, List<Bson> identity, Bson... changes) {
        List<Document> messages = OutboxMessage.documents(events, codec);
        List<Bson> updates = new ArrayList<>(identity);
        updates.addAll(List.of(changes));
        updates.add(Updates.inc(EventSourcedWrites.VERSION, 1L));
        updates.add(Updates.pushEach(OutboxMessage.FIELD, messages));
        if (!messages.isEmpty()) {
            updates.add(Updates.set(OutboxMessage.PENDING, id));
        }
        try {
            mongo.getCollection(COLLECTION)
                    .updateOne(filter, Updates.combine(updates), new UpdateOptions().upsert(true));
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
        relay.dispatch(COLLECTION, id, messages);
        return true;
    }

    private static List<Bson> identity(OnlineModule module, TeacherId teacher, SchoolId school) {
        return List.of(
                Updates.set("countyId", module.county().value()),
                Updates.set("programmeId", module.programme().value()),
                Updates.set("moduleId", module.id().value()),
                Updates.set("teacherId", teacher.value()),
                Updates.set("schoolId", school == null ? null : school.value()));
    }

    private static Extension toExtension(Document d) {
        Document e = d.get("extension", Document.class);
        String school = d.getString("schoolId");
        return new Extension(
                ModuleId.of(d.getString("moduleId")),
                TeacherId.of(d.getString("teacherId")),
                school == null ? null : SchoolId.of(school),
                e.getDate("until").toInstant(),
                e.getString("reason"),
                e.getString("by"),
                e.getDate("grantedAt").toInstant());
    }

    private static String id(ModuleId module, TeacherId teacher) {
        return module.value() + ":" + teacher.value();
    }
}
