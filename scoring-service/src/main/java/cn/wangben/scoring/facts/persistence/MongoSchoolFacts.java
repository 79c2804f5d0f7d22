package cn.wangben.scoring.facts.persistence;

import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.ProgrammeId;
import cn.wangben.contracts.ids.SchoolId;
import cn.wangben.contracts.plan.TeacherEnrolled;
import cn.wangben.contracts.plan.TeacherExempted;
import cn.wangben.contracts.plan.TeachersRostered;
import cn.wangben.scoring.facts.ApprovedPlan;
import cn.wangben.scoring.facts.ProgrammeTerms;
import cn.wangben.scoring.facts.SchoolStanding;
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
class MongoSchoolFacts extends FactReads {
    static final String PROGRAMMES = "scoring_programmes";
    static final String PLANS = "scoring_plans";
    static final String ROSTERS = "scoring_rosters";
    static final String ROSTER_BATCHES = "scoring_roster_batches";
    static final String TRAINEES = "scoring_trainees";
    static final String STANDINGS = "scoring_standings";
    private final MongoTemplate mongo;

    MongoSchoolFacts(MongoTemplate mongo) {
        super(mongo);
        this.mongo = mongo;
        mongo.getCollection(PROGRAMMES).createIndex(Indexes.ascending("scoringDeadline"));
        mongo.getCollection(ROSTER_BATCHES).createIndex(Indexes.ascending("rosterId", "batch"));
        mongo.getCollection(TRAINEES).createIndex(Indexes.ascending("countyId", "programmeId", "schoolId"));
        mongo.getCollection(TRAINEES).createIndex(Indexes.ascending("countyId", "programmeId", "teacherId"));
        for (String scoped : List.of(PLANS, ROSTERS, STANDINGS)) {
            mongo.getCollection(scoped).createIndex(Indexes.ascending("countyId", "programmeId"));
        }
    }

    @Override
    public void rememberProgramme(ProgrammeTerms t) {
        upsertUnlessAsNew(
                PROGRAMMES,
                t.id().value(),
                Filters.or(Filters.exists("revision", false), Filters.lt("revision", t.revision())),
                Updates.combine(
                        Updates.set("countyId", t.county().value()),
                        Updates.set("name", t.name()),
                        Updates.set("schoolPoints", t.schoolPoints()),
                        Updates.set("scoringDeadline", date(t.scoringDeadline())),
                        Updates.set("revision", t.revision())));
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

    @Override
    public void rememberEnrollment(TeacherEnrolled e) {
        trainee(
                e.countyId(),
                e.programmeId(),
                e.schoolId(),
                e.teacherKey(),
                Updates.combine(
                        Updates.set(
                                "teacherId",
                                e.teacherId() == null ? null : e.teacherId().value()),
                        Updates.set("enrolledAt", date(e.occurredAt()))));
    }

    @Override
    public void rememberExemption(TeacherExempted e) {
        trainee(
                e.countyId(),
                e.programmeId(),
                e.schoolId(),
                e.teacherKey(),
                Updates.combine(
                        Updates.set("exemption", e.category() == null ? "免修" : e.category()),
                        Updates.set("exemptedAt", date(e.occurredAt()))));
    }

    @Override
    public void rememberStanding(SchoolStanding s) {
        upsertUnlessAsNew(
                STANDINGS,
                FactReads.schoolKey(s.county(), s.programme(), s.school()),
                olderThan("changedAt", s.changedAt()),
                Updates.combine(
                        scope(s.county(), s.programme(), s.school()),
                        Updates.set("cancelled", s.cancelled()),
                        Updates.set("missing", s.missing()),
                        Updates.set("reason", s.reason()),
                        Updates.set("changedAt", date(s.changedAt()))));
    }

    private void trainee(CountyId county, ProgrammeId programme, SchoolId school, String key, Bson update) {
        mongo.getCollection(TRAINEES)
                .updateOne(
                        Filters.eq("_id", county.value() + ":" + programme.value() + ":" + key),
                        Updates.combine(scope(county, programme, school), Updates.set("teacherKey", key), update),
                        new UpdateOptions().upsert(true));
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
