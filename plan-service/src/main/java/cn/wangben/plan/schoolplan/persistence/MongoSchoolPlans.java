package cn.wangben.plan.schoolplan.persistence;

import cn.wangben.contracts.DomainEvent;
import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.ProgrammeId;
import cn.wangben.contracts.ids.SchoolId;
import cn.wangben.plan.schoolplan.PlanStatus;
import cn.wangben.plan.schoolplan.ReviewStep;
import cn.wangben.plan.schoolplan.SchoolPlan;
import cn.wangben.plan.schoolplan.SchoolPlans;
import cn.wangben.plan.schoolplan.wire.PlanContentJson;
import cn.wangben.platform.outbox.EventSourcedWrites;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** The plan's content is kept in its wire form (exact decimals as text), with status and history beside it. */
@Repository
class MongoSchoolPlans implements SchoolPlans {
    static final String COLLECTION = "school_plans";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final MongoTemplate mongo;
    private final EventSourcedWrites writes;

    MongoSchoolPlans(MongoTemplate mongo, EventSourcedWrites writes) {
        this.mongo = mongo;
        this.writes = writes;
        mongo.getCollection(COLLECTION)
                .createIndex(Indexes.ascending("countyId", "programmeId", "schoolId"), new IndexOptions().unique(true));
    }

    @Override
    public void add(SchoolPlan plan) {
        writes.insert(COLLECTION, fields(plan).append("_id", plan.id()), List.of());
    }

    @Override
    public void update(SchoolPlan plan, List<DomainEvent> events) {
        writes.update(COLLECTION, plan.id(), plan.version(), fields(plan), events);
    }

    @Override
    public Optional<SchoolPlan> find(CountyId county, String id) {
        return one(Filters.and(Filters.eq("_id", id), Filters.eq("countyId", county.value())));
    }

    @Override
    public Optional<SchoolPlan> of(CountyId county, ProgrammeId programme, SchoolId school) {
        return one(Filters.and(
                Filters.eq("countyId", county.value()),
                Filters.eq("programmeId", programme.value()),
                Filters.eq("schoolId", school.value())));
    }

    @Override
    public List<SchoolPlan> ofProgramme(CountyId county, ProgrammeId programme) {
        return mongo.getCollection(COLLECTION)
                .find(Filters.and(Filters.eq("countyId", county.value()), Filters.eq("programmeId", programme.value())))
                .map(MongoSchoolPlans::fromDocument)
                .into(new ArrayList<>());
    }

    private Optional<SchoolPlan> one(Bson filter) {
        return Optional.ofNullable(mongo.getCollection(COLLECTION).find(filter).first())
                .map(MongoSchoolPlans::fromDocument);
    }

    private static Document fields(SchoolPlan p) {
        List<Document> history = p.history().stream()
                .map(s -> new Document("action", s.action())
                        .append("by", s.by())
                        .append("at", Date.from(s.at()))
                        .append("comment", s.comment()))
                .toList();
        return new Document("countyId", p.county().value())
                .append("schoolId", p.school().value())
                .append("programmeId", p.programme().value())
                .append("status", p.status().name())
                .append("content", JSON.writeValueAsString(PlanContentJson.of(p.content())))
                .append("history", history);
    }

    private static SchoolPlan fromDocument(Document d) {
        List<ReviewStep> history = d.getList("history", Document.class).stream()
                .map(s -> new ReviewStep(
                        s.getString("action"),
                        s.getString("by"),
                        s.getDate("at").toInstant(),
                        s.getString("comment")))
                .toList();
        return new SchoolPlan(
                d.getString("_id"),
                CountyId.of(d.getString("countyId")),
                SchoolId.of(d.getString("schoolId")),
                ProgrammeId.of(d.getString("programmeId")),
                JSON.readValue(d.getString("content"), PlanContentJson.class).toDomain(),
                PlanStatus.valueOf(d.getString("status")),
                history,
                d.getLong("version"));
    }
}
