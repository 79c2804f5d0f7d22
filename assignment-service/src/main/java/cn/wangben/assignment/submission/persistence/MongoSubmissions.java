package cn.wangben.assignment.submission.persistence;

import cn.wangben.assignment.submission.EssayFormat;
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
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

@Repository
class MongoSubmissions implements Submissions {
    static final String COLLECTION = "submissions";
    static final String ATTEMPTS = "submission_attempts";
    static final String REFUSALS = "refused_submissions";
    /** The essay's plain text; lists and receipts leave it out. */
    static final String TEXT = "text";

    private final MongoTemplate mongo;
    private final EventSourcedWrites writes;

    MongoSubmissions(MongoTemplate mongo, EventSourcedWrites writes) {
        this.mongo = mongo;
        this.writes = writes;
        mongo.getCollection(COLLECTION).createIndex(Indexes.ascending("moduleId", "teacherId", "attempt"));
        mongo.getCollection(COLLECTION).createIndex(Indexes.ascending("countyId", "moduleId", "schoolId"));
        mongo.getCollection(REFUSALS).createIndex(Indexes.ascending("moduleId", "teacherId"));
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
    public void add(Submission s, String text, List<DomainEvent> events) {
        Document document = new Document("_id", s.id().value())
                .append("countyId", s.county().value())
                .append("schoolId", s.school().value())
                .append("teacherId", s.teacher().value())
                .append("moduleId", s.module().value())
                .append("programmeId", s.programme().value())
                .append("receivedAt", Date.from(s.receivedAt()))
                .append("objectKey", s.objectKey())
                .append("format", s.format().name())
                .append("filename", s.filename())
                .append("bytes", s.bytes())
                .append("sha256", s.sha256())
                .append("characters", s.characters())
                .append("attempt", s.attempt())
                .append(TEXT, text);
        writes.insert(COLLECTION, document, events);
    }

    @Override
    public Optional<String> textOf(CountyId county, SubmissionId id) {
        return Optional.ofNullable(mongo.getCollection(COLLECTION)
                        .find(byId(county, id))
                        .projection(Projections.include(TEXT))
                        .first())
                .map(d -> d.getString(TEXT));
    }

    @Override
    public Optional<Submission> find(CountyId county, SubmissionId id) {
        return Optional.ofNullable(mongo.getCollection(COLLECTION)
                        .find(byId(county, id))
                        .projection(Projections.exclude(TEXT))
                        .first())
                .map(MongoSubmissions::fromDocument);
    }

    @Override
    public List<Submission> ofTeacher(CountyId county, ModuleId module, TeacherId teacher) {
        return mongo.getCollection(COLLECTION)
                .find(ofTeacherIn(county, module, teacher))
                .projection(Projections.exclude(TEXT))
                .sort(Sorts.ascending("attempt"))
                .map(MongoSubmissions::fromDocument)
                .into(new ArrayList<>());
    }

    /** A school's essays of one module are few (its teachers × their attempts): the latest is picked here. */
    @Override
    public List<Submission> latestOf(CountyId county, ModuleId module, SchoolId school) {
        Map<TeacherId, Submission> latest = new TreeMap<>(Comparator.comparing(TeacherId::value));
        mongo.getCollection(COLLECTION)
                .find(Filters.and(
                        Filters.eq("countyId", county.value()),
                        Filters.eq("moduleId", module.value()),
                        Filters.eq("schoolId", school.value())))
                .projection(Projections.exclude(TEXT))
                .map(MongoSubmissions::fromDocument)
                .forEach(s -> latest.merge(s.teacher(), s, (a, b) -> b.attempt() > a.attempt() ? b : a));
        return new ArrayList<>(latest.values());
    }

    @Override
    public Set<TeacherId> submittersOf(ModuleId module) {
        return mongo.getCollection(COLLECTION)
                .distinct("teacherId", Filters.eq("moduleId", module.value()), String.class)
                .map(TeacherId::of)
                .into(new HashSet<>());
    }

    @Override
    public void recordRefusal(
            CountyId county, ModuleId module, TeacherId teacher, Instant at, String reason, String route) {
        mongo.getCollection(REFUSALS)
                .insertOne(new Document("countyId", county.value())
                        .append("moduleId", module.value())
                        .append("teacherId", teacher.value())
                        .append("at", Date.from(at))
                        .append("reason", reason)
                        .append("route", route));
    }

    @Override
    public List<Refusal> refusalsOf(CountyId county, ModuleId module, TeacherId teacher) {
        return mongo.getCollection(REFUSALS)
                .find(ofTeacherIn(county, module, teacher))
                .sort(Sorts.ascending("at"))
                .map(d -> new Refusal(d.getDate("at").toInstant(), d.getString("reason"), d.getString("route")))
                .into(new ArrayList<>());
    }

    private static Bson byId(CountyId county, SubmissionId id) {
        return Filters.and(Filters.eq("_id", id.value()), Filters.eq("countyId", county.value()));
    }

    private static Bson ofTeacherIn(CountyId county, ModuleId module, TeacherId teacher) {
        return Filters.and(
                Filters.eq("countyId", county.value()),
                Filters.eq("moduleId", module.value()),
                Filters.eq("teacherId", teacher.value()));
    }

    /**
     * Records from before file essays have no format or size: they were typed online. Typed essays from before texts
     * were kept in the record point at their object (read through {@code objectKey} alike).
     */
    private static Submission fromDocument(Document d) {
        String objectKey = d.getString("objectKey");
        String format = d.getString("format");
        Number bytes = d.get("bytes", Number.class);
        return new Submission(
                SubmissionId.of(d.getString("_id")),
                CountyId.of(d.getString("countyId")),
                SchoolId.of(d.getString("schoolId")),
                TeacherId.of(d.getString("teacherId")),
                ModuleId.of(d.getString("moduleId")),
                ProgrammeId.of(d.getString("programmeId")),
                d.getDate("receivedAt").toInstant(),
                objectKey,
                d.getString("sha256"),
                d.getInteger("characters"),
                d.getInteger("attempt"),
                format == null ? EssayFormat.ONLINE_TEXT : EssayFormat.valueOf(format),
                d.getString("filename"),
                bytes == null ? 0 : bytes.longValue());
    }
}
