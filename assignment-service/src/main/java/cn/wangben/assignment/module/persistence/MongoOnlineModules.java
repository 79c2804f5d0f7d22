package cn.wangben.assignment.module.persistence;

import cn.wangben.assignment.module.OnlineModule;
import cn.wangben.assignment.module.OnlineModules;
import cn.wangben.contracts.DomainEvent;
import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.ModuleId;
import cn.wangben.contracts.ids.ProgrammeId;
import cn.wangben.platform.outbox.EventSourcedWrites;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

@Repository
class MongoOnlineModules implements OnlineModules {
    static final String COLLECTION = "modules";
    private final MongoTemplate mongo;
    private final EventSourcedWrites writes;

    MongoOnlineModules(MongoTemplate mongo, EventSourcedWrites writes) {
        this.mongo = mongo;
        this.writes = writes;
        mongo.getCollection(COLLECTION).createIndex(Indexes.ascending("countyId", "programmeId"));
        mongo.getCollection(COLLECTION).createIndex(Indexes.ascending("dueAt"));
    }

    @Override
    public void add(OnlineModule m, List<DomainEvent> events) {
        Document document = new Document("_id", m.id().value())
                .append("countyId", m.county().value())
                .append("programmeId", m.programme().value())
                .append("title", m.title())
                .append("prompt", m.prompt())
                .append("maxPoints", m.maxPoints())
                .append("opensAt", Date.from(m.opensAt()))
                .append("dueAt", Date.from(m.dueAt()))
                .append("timeZone", m.zone().getId());
        writes.insert(COLLECTION, document, events);
    }

    @Override
    public Optional<OnlineModule> find(CountyId county, ModuleId id) {
        Document d = mongo.getCollection(COLLECTION)
                .find(Filters.and(Filters.eq("_id", id.value()), Filters.eq("countyId", county.value())))
                .first();
        return Optional.ofNullable(d).map(MongoOnlineModules::fromDocument);
    }

    @Override
    public List<OnlineModule> ofProgramme(CountyId county, ProgrammeId programme) {
        return mongo.getCollection(COLLECTION)
                .find(Filters.and(Filters.eq("countyId", county.value()), Filters.eq("programmeId", programme.value())))
                .sort(Sorts.ascending("dueAt"))
                .map(MongoOnlineModules::fromDocument)
                .into(new ArrayList<>());
    }

    @Override
    public List<OnlineModule> dueBy(Instant instant) {
        return mongo.getCollection(COLLECTION)
                .find(Filters.lte("dueAt", Date.from(instant)))
                .map(MongoOnlineModules::fromDocument)
                .into(new ArrayList<>());
    }

    private static OnlineModule fromDocument(Document d) {
        return new OnlineModule(
                ModuleId.of(d.getString("_id")),
                CountyId.of(d.getString("countyId")),
                ProgrammeId.of(d.getString("programmeId")),
                d.getString("title"),
                d.getString("prompt"),
                d.getInteger("maxPoints"),
                d.getDate("opensAt").toInstant(),
                d.getDate("dueAt").toInstant(),
                ZoneId.of(d.getString("timeZone")));
    }
}
