package cn.wangben.plan.standing.persistence;

import cn.wangben.contracts.DomainEvent;
import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.ProgrammeId;
import cn.wangben.contracts.ids.SchoolId;
import cn.wangben.plan.standing.SchoolStanding;
import cn.wangben.plan.standing.StandingStatus;
import cn.wangben.plan.standing.Standings;
import cn.wangben.platform.outbox.EventSourcedWrites;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

/** One document per cancelled school and programme; its _id makes a second cancellation impossible. */
@Repository
class MongoStandings implements Standings {
    static final String COLLECTION = "school_standings";
    private final MongoTemplate mongo;
    private final EventSourcedWrites writes;

    MongoStandings(MongoTemplate mongo, EventSourcedWrites writes) {
        this.mongo = mongo;
        this.writes = writes;
        mongo.getCollection(COLLECTION).createIndex(Indexes.ascending("countyId", "programmeId"));
    }

    @Override
    public boolean cancelIfAbsent(SchoolStanding standing, DomainEvent event) {
        try {
            writes.insert(
                    COLLECTION,
                    fields(standing).append("_id", id(standing.programme(), standing.school())),
                    List.of(event));
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public void update(SchoolStanding standing, List<DomainEvent> events) {
        writes.update(
                COLLECTION, id(standing.programme(), standing.school()), standing.version(), fields(standing), events);
    }

    @Override
    public Optional<SchoolStanding> find(CountyId county, ProgrammeId programme, SchoolId school) {
        Document d = mongo.getCollection(COLLECTION)
                .find(Filters.and(Filters.eq("_id", id(programme, school)), Filters.eq("countyId", county.value())))
                .first();
        return Optional.ofNullable(d).map(MongoStandings::fromDocument);
    }

    @Override
    public List<SchoolStanding> ofProgramme(CountyId county, ProgrammeId programme) {
        return mongo.getCollection(COLLECTION)
                .find(Filters.and(Filters.eq("countyId", county.value()), Filters.eq("programmeId", programme.value())))
                .map(MongoStandings::fromDocument)
                .into(new ArrayList<>());
    }

    private static String id(ProgrammeId programme, SchoolId school) {
        return programme.value() + ":" + school.value();
    }

    private static Document fields(SchoolStanding s) {
        return new Document("countyId", s.county().value())
                .append("programmeId", s.programme().value())
                .append("schoolId", s.school().value())
                .append("missing", s.missing())
                .append("cancelledAt", Date.from(s.cancelledAt()))
                .append("status", s.status().name())
                .append("reason", s.reason())
                .append("reinstatedBy", s.reinstatedBy())
                .append("reinstatedAt", s.reinstatedAt() == null ? null : Date.from(s.reinstatedAt()));
    }

    private static SchoolStanding fromDocument(Document d) {
        Date reinstatedAt = d.getDate("reinstatedAt");
        return new SchoolStanding(
                CountyId.of(d.getString("countyId")),
                ProgrammeId.of(d.getString("programmeId")),
                SchoolId.of(d.getString("schoolId")),
                d.getList("missing", String.class),
                d.getDate("cancelledAt").toInstant(),
                StandingStatus.valueOf(d.getString("status")),
                d.getString("reason"),
                d.getString("reinstatedBy"),
                reinstatedAt == null ? null : reinstatedAt.toInstant(),
                d.getLong("version"));
    }
}
