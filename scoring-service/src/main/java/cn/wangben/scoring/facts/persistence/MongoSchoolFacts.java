package cn.wangben.scoring.facts.persistence;

import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.ProgrammeId;
import cn.wangben.contracts.ids.SchoolId;
import cn.wangben.contracts.plan.TeachersRostered;
import cn.wangben.scoring.facts.ApprovedPlan;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

/**
 * The facts in scoring-service's own collections. A write that must not go back in time filters on "stored is older"
 * and upserts: when the stored fact is as new or newer the filter misses, the insert collides on {@code _id}, and the
 * collision is the no-op.
 */
@Repository
public class MongoSchoolFacts extends FactReads {
    // shared with the results facts, which write them (one store, one intake)
    static final String PROGRAMMES = "results_programmes";
    static final String TRAINEES = "results_trainees";
    static final String SETUPS = "results_setups";
    // written here: only school scoring needs them
    public static final String PLANS = "scoring_plans";
    public static final String ROSTERS = "scoring_rosters";
    public static final String ROSTER_BATCHES = "scoring_roster_batches";
    private final MongoTemplate mongo;

    MongoSchoolFacts(MongoTemplate mongo) {
        super(mongo);
        this.mongo = mongo;
        createIndexes(mongo);
    }

    /** Also called after a rebuild swapped fresh collections in. */
    public static void createIndexes(MongoTemplate mongo) {
        createIndexes(mongo, "");
    }

    /** The indexes, on the collections named with {@code suffix} (a rebuild's fresh ones before they are filled). */
    public static void createIndexes(MongoTemplate mongo, String suffix) {
        mongo.getCollection(PROGRAMMES + suffix).createIndex(Indexes.ascending("scoringDeadline"));
        mongo.getCollection(ROSTER_BATCHES + suffix).createIndex(Indexes.ascending("rosterId", "batch"));
        for (String scoped : List.of(PLANS, ROSTERS)) {
            mongo.getCollection(scoped + suffix).createIndex(Indexes.ascending("countyId", "programmeId"));
        }
    }

    @Override
    public void rememberPlan(ApprovedPlan p) {
        upsertUnlessAsNew(
                PLANS,
                FactReads.schoolKey(p.county(), p.programme(), p.school()),
                olderThan("approvedAt", p.approvedAt()),
                Updates.combine(
                        scope(p.county(), p.programme(), p.school()),
                        Updates.set("planId", p.planId()),
                        Updates.set("rubric", FactDocuments.rubric(p.rubric())),
                        Updates.set(
                                "activities",
                                p.activities().stream()
                                        .map(FactDocuments::activity)
                                        .toList()),
                        Updates.set("approvedAt", date(p.approvedAt()))));
    }

    @Override
    public void rememberRosterBatch(TeachersRostered b) {
        Document batch = new Document("_id", b.rosterId() + ":" + b.batch())
                .append("countyId", b.countyId().value())
                .append("programmeId", b.programmeId().value())
                .append("schoolId", b.schoolId().value())
                .append("rosterId", b.rosterId())
                .append("batch", b.batch())
                .append("batches", b.batches())
                .append("occurredAt", date(b.occurredAt()))
                .append(
                        "teachers",
                        b.teachers().stream().map(FactDocuments::teacher).toList());
        mongo.getCollection(ROSTER_BATCHES)
                .replaceOne(Filters.eq("_id", batch.get("_id")), batch, new ReplaceOptions().upsert(true));
        // a later import supersedes; batches of an older import arriving late leave the current roster alone
        upsertUnlessAsNew(
                ROSTERS,
                FactReads.schoolKey(b.countyId(), b.programmeId(), b.schoolId()),
                olderThan("occurredAt", b.occurredAt()),
                Updates.combine(
                        scope(b.countyId(), b.programmeId(), b.schoolId()),
                        Updates.set("rosterId", b.rosterId()),
                        Updates.set("batches", b.batches()),
                        Updates.set("occurredAt", date(b.occurredAt()))));
    }

    private void upsertUnlessAsNew(String collection, String id, Bson storedIsOlder, Bson update) {
        MongoCollection<Document> target = mongo.getCollection(collection);
        try {
            target.updateOne(
                    Filters.and(Filters.eq("_id", id), storedIsOlder), update, new UpdateOptions().upsert(true));
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
        }
    }

    private static Bson olderThan(String field, Instant at) {
        return Filters.or(Filters.exists(field, false), Filters.lt(field, date(at)));
    }

    private static Bson scope(CountyId county, ProgrammeId programme, SchoolId school) {
        return Updates.combine(
                Updates.set("countyId", county.value()),
                Updates.set("programmeId", programme.value()),
                Updates.set("schoolId", school.value()));
    }

    private static Date date(Instant at) {
        return at == null ? null : Date.from(at);
    }
}
