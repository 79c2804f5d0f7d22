package cn.wangben.assignment.submission.persistence;

import cn.wangben.assignment.submission.Submission;
import cn.wangben.assignment.submission.Submissions;
import cn.wangben.contracts.DomainEvent;
import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.ModuleId;
import cn.wangben.contracts.ids.ProgrammeId;
import cn.wangben.contracts.ids.SchoolId;
import cn.wangben.contracts.ids.SubmissionId;
import cn.wangben.contracts.ids.TeacherId;
import cn.wangben.platform.outbox.EventSourcedWrites;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

@Repository
class MongoSubmissions implements Submissions {
    static final String COLLECTION = "submissions";
    static final String ATTEMPTS = "submission_attempts";
    static final String REFUSALS = "refused_submissions";
    private final MongoTemplate mongo;
    private final EventSourcedWrites writes;

    MongoSubmissions(MongoTemplate mongo, EventSourcedWrites writes) {
        this.mongo = mongo;
        this.writes = writes;
        mongo.getCollection(COLLECTION).createIndex(Indexes.ascending("moduleId", "teacherId", "attempt"));
        mongo.getCollection(COLLECTION).createIndex(Indexes.ascending("countyId", "moduleId", "schoolId"));
    }

    @Override
    public int nextAttempt(ModuleId module, TeacherId teacher) {
        Document counter = mongo.getCollection(ATTEMPTS)
                .findOneAndUpdate(
                        Filters.eq("_id", module + ":" + teacher),
                        Updates.inc("n", 1),
                        new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
        return counter.getInteger("n");
    }

    @Override
    public void add(Submission s, List<DomainEvent> events) {
        Document document = new Document("_id", s.id().value())
                .append("countyId", s.county().value())
                .append("schoolId", s.school().value())
                .append("teacherId", s.teacher().value())
                .append("moduleId", s.module().value())
                .append("programmeId", s.programme().value())
                .append("receivedAt", Date.from(s.receivedAt()))
                .append("objectKey", s.objectKey())
                .append("sha256", s.sha256())
                .append("characters", s.characters())
                .append("attempt", s.attempt());
        writes.insert(COLLECTION, document, events);
    }

    @Override
    public Optional<Submission> find(CountyId county, SubmissionId id) {
        Document d = mongo.getCollection(COLLECTION)
                .find(Filters.and(Filters.eq("_id", id.value()), Filters.eq("countyId", county.value())))
                .first();
        return Optional.ofNullable(d)
                .map(found -> new Submission(
                        id,
                        county,
                        SchoolId.of(found.getString("schoolId")),
                        TeacherId.of(found.getString("teacherId")),
                        ModuleId.of(found.getString("moduleId")),
                        ProgrammeId.of(found.getString("programmeId")),
                        found.getDate("receivedAt").toInstant(),
                        found.getString("objectKey"),
                        found.getString("sha256"),
                        found.getInteger("characters"),
                        found.getInteger("attempt")));
    }

    @Override
    public void recordRefusal(CountyId county, ModuleId module, TeacherId teacher, Instant at, String reason) {
        mongo.getCollection(REFUSALS)
                .insertOne(new Document("countyId", county.value())
                        .append("moduleId", module.value())
                        .append("teacherId", teacher.value())
                        .append("at", Date.from(at))
                        .append("reason", reason));
    }
}
