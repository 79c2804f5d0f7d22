package cn.wangben.assignment.grading.persistence;

import cn.wangben.assignment.grading.GradingModule;
import cn.wangben.assignment.grading.GradingModules;
import cn.wangben.contracts.DomainEvent;
import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.ModuleId;
import cn.wangben.contracts.ids.ProgrammeId;
import cn.wangben.platform.outbox.EventSourcedWrites;
import cn.wangben.platform.outbox.OutboxMessage;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

/** Grading's own copy of the modules (from ModuleScheduled), which also carries the release and its event. */
@Repository
class MongoGradingModules implements GradingModules {
    static final String COLLECTION = "grading_modules";
    private final MongoTemplate mongo;
    private final EventSourcedWrites writes;

    MongoGradingModules(MongoTemplate mongo, EventSourcedWrites writes) {
        this.mongo = mongo;
        this.writes = writes;
    }

    @Override
    public void remember(GradingModule m) {
        mongo.getCollection(COLLECTION)
                .updateOne(
                        Filters.eq("_id", m.id().value()),
                        Updates.combine(
                                Updates.set("countyId", m.county().value()),
                                Updates.set("programmeId", m.programme().value()),
                                Updates.set("title", m.title()),
                                Updates.set("maxPoints", m.maxPoints()),
                                Updates.set("dueAt", Date.from(m.dueAt())),
                                Updates.setOnInsert("release", null),
                                Updates.setOnInsert(EventSourcedWrites.VERSION, 1L),
                                Updates.setOnInsert(OutboxMessage.FIELD, List.of())),
                        new UpdateOptions().upsert(true));
    }

    @Override
    public Optional<GradingModule> find(CountyId county, ModuleId id) {
        Document d = mongo.getCollection(COLLECTION)
                .find(Filters.and(Filters.eq("_id", id.value()), Filters.eq("countyId", county.value())))
                .first();
        return Optional.ofNullable(d).map(MongoGradingModules::fromDocument);
    }

    @Override
    public void release(GradingModule m, List<DomainEvent> events) {
        Document release = new Document("at", Date.from(m.release().at()))
                .append("by", m.release().by());
        writes.update(COLLECTION, m.id().value(), m.version(), new Document("release", release), events);
    }

    private static GradingModule fromDocument(Document d) {
        Document release = d.get("release", Document.class);
        return new GradingModule(
                ModuleId.of(d.getString("_id")),
                CountyId.of(d.getString("countyId")),
                ProgrammeId.of(d.getString("programmeId")),
                d.getString("title"),
                d.getInteger("maxPoints"),
                d.getDate("dueAt").toInstant(),
                release == null
                        ? null
                        : new GradingModule.Release(release.getDate("at").toInstant(), release.getString("by")),
                ((Number) d.get(EventSourcedWrites.VERSION)).longValue());
    }
}
