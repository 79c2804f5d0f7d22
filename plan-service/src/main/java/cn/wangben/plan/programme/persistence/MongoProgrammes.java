package cn.wangben.plan.programme.persistence;

import cn.wangben.contracts.DomainEvent;
import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.ProgrammeId;
import cn.wangben.plan.programme.Programme;
import cn.wangben.plan.programme.ProgrammeRevision;
import cn.wangben.plan.programme.ProgrammeSettings;
import cn.wangben.plan.programme.ProgrammeStatus;
import cn.wangben.plan.programme.Programmes;
import cn.wangben.platform.outbox.EventSourcedWrites;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

@Repository
class MongoProgrammes implements Programmes {
    static final String COLLECTION = "programmes";
    private final MongoTemplate mongo;
    private final EventSourcedWrites writes;
    private final Clock clock;

    MongoProgrammes(MongoTemplate mongo, EventSourcedWrites writes, Clock clock) {
        this.mongo = mongo;
        this.writes = writes;
        this.clock = clock;
        mongo.getCollection(COLLECTION).createIndex(Indexes.ascending("countyId", "createdAt"));
    }

    @Override
    public void add(Programme programme) {
        Document document = toDocument(programme).append("createdAt", Date.from(clock.instant()));
        writes.insert(COLLECTION, document, List.of());
    }

    @Override
    public void update(Programme programme, List<DomainEvent> events) {
        Document fields = toDocument(programme);
        fields.remove("_id");
        writes.update(COLLECTION, programme.id().value(), programme.version(), fields, events);
    }

    @Override
    public Optional<Programme> find(CountyId county, ProgrammeId id) {
        Document found = mongo.getCollection(COLLECTION)
                .find(Filters.and(Filters.eq("_id", id.value()), Filters.eq("countyId", county.value())))
                .first();
        return Optional.ofNullable(found).map(MongoProgrammes::fromDocument);
    }

    @Override
    public List<Programme> ofCounty(CountyId county) {
        return mongo.getCollection(COLLECTION)
                .find(Filters.eq("countyId", county.value()))
                .sort(Sorts.descending("createdAt"))
                .map(MongoProgrammes::fromDocument)
                .into(new ArrayList<>());
    }

    @Override
    public List<Programme> planDeadlinePassed(Instant now) {
        return mongo.getCollection(COLLECTION)
                .find(Filters.and(
                        Filters.eq("status", ProgrammeStatus.PUBLISHED.name()),
                        Filters.lte("schoolPlanDeadline", Date.from(now))))
                .map(MongoProgrammes::fromDocument)
                .into(new ArrayList<>());
    }

    private static Document revision(ProgrammeRevision r) {
        return new Document("number", r.number())
                .append("at", Date.from(r.at()))
                .append("by", r.by())
                .append("reason", r.reason())
                .append(
                        "changes",
                        r.changes().stream()
                                .map(c -> new Document("field", c.field())
                                        .append("before", c.before())
                                        .append("after", c.after()))
                                .toList());
    }

    private static ProgrammeRevision revision(Document d) {
        return new ProgrammeRevision(
                d.getInteger("number"),
                d.getDate("at").toInstant(),
                d.getString("by"),
                d.getString("reason"),
                d.getList("changes", Document.class).stream()
                        .map(c -> new ProgrammeRevision.Change(
                                c.getString("field"), c.getString("before"), c.getString("after")))
                        .toList());
    }

    private static Document toDocument(Programme p) {
        ProgrammeSettings s = p.settings();
        return new Document("_id", p.id().value())
                .append("countyId", p.county().value())
                .append("name", s.name())
                .append("periodStart", s.periodStart().toString())
                .append("periodEnd", s.periodEnd().toString())
                .append("timeZone", s.zone().getId())
                .append("enrollmentCutoff", Date.from(s.enrollmentCutoff()))
                .append("onlinePoints", s.onlinePoints())
                .append("schoolPoints", s.schoolPoints())
                .append("totalPoints", s.totalPoints())
                .append("passMark", s.passMark())
                .append("creditedHours", s.creditedHours())
                .append("cycleHoursTarget", s.cycleHoursTarget())
                .append("schoolPlanDeadline", Date.from(s.schoolPlanDeadline()))
                .append("schoolScoringDeadline", Date.from(s.schoolScoringDeadline()))
                .append("exemptionCategories", s.exemptionCategories())
                .append("status", p.status().name())
                .append(
                        "revisions",
                        p.revisions().stream().map(MongoProgrammes::revision).toList())
                .append("createdBy", p.createdBy())
                .append("publishedAt", p.publishedAt() == null ? null : Date.from(p.publishedAt()));
    }

    private static Programme fromDocument(Document d) {
        var settings = new ProgrammeSettings(
                d.getString("name"),
                LocalDate.parse(d.getString("periodStart")),
                LocalDate.parse(d.getString("periodEnd")),
                ZoneId.of(d.getString("timeZone")),
                d.getDate("enrollmentCutoff").toInstant(),
                d.getInteger("onlinePoints"),
                d.getInteger("schoolPoints"),
                d.getInteger("totalPoints"),
                d.getInteger("passMark"),
                d.getInteger("creditedHours"),
                d.getInteger("cycleHoursTarget"),
                d.getDate("schoolPlanDeadline").toInstant(),
                d.getDate("schoolScoringDeadline").toInstant(),
                d.getList("exemptionCategories", String.class));
        Date publishedAt = d.getDate("publishedAt");
        return new Programme(
                ProgrammeId.of(d.getString("_id")),
                CountyId.of(d.getString("countyId")),
                settings,
                d.getString("createdBy"),
                ProgrammeStatus.valueOf(d.getString("status")),
                publishedAt == null ? null : publishedAt.toInstant(),
                d.getList("revisions", Document.class, List.of()).stream()
                        .map(MongoProgrammes::revision)
                        .toList(),
                d.getLong("version"));
    }
}
