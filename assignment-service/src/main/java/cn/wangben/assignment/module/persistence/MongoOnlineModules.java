package cn.wangben.assignment.module.persistence;

import cn.wangben.assignment.module.OnlineModule;
import cn.wangben.assignment.module.OnlineModules;
import cn.wangben.assignment.module.SchoolAssignment;
import cn.wangben.contracts.DomainEvent;
import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.ModuleId;
import cn.wangben.contracts.ids.ProgrammeId;
import cn.wangben.contracts.ids.SchoolId;
import cn.wangben.platform.outbox.EventSourcedWrites;
import cn.wangben.platform.outbox.OutboxMessage;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

/**
 * County modules and school assignments in one collection. A county module has no {@code schoolId}; a school assignment
 * has {@code schoolId}, {@code number}, {@code planId}, {@code approvedAt} and {@code withdrawn}.
 */
@Repository
class MongoOnlineModules implements OnlineModules {
    static final String COLLECTION = "modules";
    private final MongoTemplate mongo;
    private final EventSourcedWrites writes;
    private final Cache<ModuleId, OnlineModule> countyModules;

    MongoOnlineModules(MongoTemplate mongo, EventSourcedWrites writes, ModuleCacheProperties cache) {
        this.mongo = mongo;
        this.writes = writes;
        this.countyModules =
                Caffeine.newBuilder().maximumSize(cache.countyModules()).build();
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

    /**
     * Every essay of the last hour asks for its module first. A county module is never changed or withdrawn once
     * scheduled (nothing updates it, and a school assignment's upsert cannot take its id), so one read per instance
     * serves it for good and a kept copy is exact. School assignments are replaced and withdrawn by plan approvals:
     * they are always read. An id not found is not kept either, since it may be scheduled a moment later.
     */
    @Override
    public Optional<OnlineModule> find(CountyId county, ModuleId id) {
        OnlineModule kept = countyModules.getIfPresent(id);
        if (kept != null) {
            return kept.county().equals(county) ? Optional.of(kept) : Optional.empty();
        }
        Document d = mongo.getCollection(COLLECTION)
                .find(Filters.and(
                        Filters.eq("_id", id.value()), Filters.eq("countyId", county.value()), notWithdrawn()))
                .first();
        Optional<OnlineModule> found = Optional.ofNullable(d).map(MongoOnlineModules::fromDocument);
        found.filter(m -> !m.isSchoolAssignment()).ifPresent(m -> countyModules.put(m.id(), m));
        return found;
    }

    @Override
    public List<OnlineModule> ofProgramme(CountyId county, ProgrammeId programme, SchoolId school) {
        Bson scope = school == null
                ? countyModule()
                : Filters.or(countyModule(), Filters.and(Filters.eq("schoolId", school.value()), notWithdrawn()));
        return mongo.getCollection(COLLECTION)
                .find(Filters.and(
                        Filters.eq("countyId", county.value()), Filters.eq("programmeId", programme.value()), scope))
                .sort(Sorts.ascending("dueAt", "number"))
                .map(MongoOnlineModules::fromDocument)
                .into(new ArrayList<>());
    }

    @Override
    public List<OnlineModule> dueBy(Instant instant) {
        return mongo.getCollection(COLLECTION)
                .find(Filters.and(Filters.lte("dueAt", Date.from(instant)), countyModule()))
                .map(MongoOnlineModules::fromDocument)
                .into(new ArrayList<>());
    }

    @Override
    public List<SchoolAssignment> schoolAssignments(CountyId county, ProgrammeId programme, SchoolId school) {
        return mongo.getCollection(COLLECTION)
                .find(Filters.and(
                        Filters.eq("countyId", county.value()),
                        Filters.eq("programmeId", programme.value()),
                        Filters.eq("schoolId", school.value())))
                .sort(Sorts.ascending("number"))
                .map(d -> new SchoolAssignment(
                        fromDocument(d),
                        d.getInteger("number"),
                        d.getString("planId"),
                        d.getDate("approvedAt").toInstant(),
                        Boolean.TRUE.equals(d.getBoolean("withdrawn"))))
                .into(new ArrayList<>());
    }

    /**
     * One conditional upsert: it matches the stored record only if that comes from the same or an earlier approval;
     * otherwise the upsert tries to insert a second record with the same {@code _id}, and "duplicate key" means a
     * later approval is already stored.
     */
    @Override
    public boolean open(SchoolAssignment a) {
        OnlineModule m = a.module();
        Date approvedAt = Date.from(a.approvedAt());
        try {
            mongo.getCollection(COLLECTION)
                    .updateOne(
                            Filters.and(Filters.eq("_id", m.id().value()), Filters.lte("approvedAt", approvedAt)),
                            Updates.combine(
                                    Updates.set("countyId", m.county().value()),
                                    Updates.set("programmeId", m.programme().value()),
                                    Updates.set("schoolId", m.school().value()),
                                    Updates.set("number", a.number()),
                                    Updates.set("planId", a.planId()),
                                    Updates.set("title", m.title()),
                                    Updates.set("prompt", m.prompt()),
                                    Updates.set("maxPoints", m.maxPoints()),
                                    Updates.set("opensAt", Date.from(m.opensAt())),
                                    Updates.set("dueAt", Date.from(m.dueAt())),
                                    Updates.set("timeZone", m.zone().getId()),
                                    Updates.set("approvedAt", approvedAt),
                                    Updates.set("withdrawn", a.withdrawn()),
                                    Updates.setOnInsert(EventSourcedWrites.VERSION, 1L),
                                    Updates.setOnInsert(OutboxMessage.FIELD, List.of())),
                            new UpdateOptions().upsert(true));
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public void withdrawOlderThan(CountyId county, ProgrammeId programme, SchoolId school, Instant approvedAt) {
        Date at = Date.from(approvedAt);
        mongo.getCollection(COLLECTION)
                .updateMany(
                        Filters.and(
                                Filters.eq("countyId", county.value()),
                                Filters.eq("programmeId", programme.value()),
                                Filters.eq("schoolId", school.value()),
                                Filters.lt("approvedAt", at)),
                        // the withdrawal carries the approval's instant, so a late copy of an older one cannot revive
                        // it
                        Updates.combine(Updates.set("withdrawn", true), Updates.set("approvedAt", at)));
    }

    private static Bson countyModule() {
        return Filters.eq("schoolId", null);
    }

    private static Bson notWithdrawn() {
        return Filters.ne("withdrawn", true);
    }

    private static OnlineModule fromDocument(Document d) {
        String school = d.getString("schoolId");
        return new OnlineModule(
                ModuleId.of(d.getString("_id")),
                CountyId.of(d.getString("countyId")),
                ProgrammeId.of(d.getString("programmeId")),
                d.getString("title"),
                d.getString("prompt"),
                d.getInteger("maxPoints"),
                d.getDate("opensAt").toInstant(),
                d.getDate("dueAt").toInstant(),
                ZoneId.of(d.getString("timeZone")),
                school == null ? null : SchoolId.of(school));
    }
}
