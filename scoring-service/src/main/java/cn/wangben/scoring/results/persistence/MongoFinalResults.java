package cn.wangben.scoring.results.persistence;

import static cn.wangben.scoring.results.persistence.Upserts.date;
import static cn.wangben.scoring.results.persistence.Upserts.instant;
import static cn.wangben.scoring.results.persistence.Upserts.key;

import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.ProgrammeId;
import cn.wangben.contracts.ids.SchoolId;
import cn.wangben.contracts.ids.TeacherId;
import cn.wangben.contracts.scoring.ProgrammeFinalized;
import cn.wangben.contracts.scoring.TraineeResultFinalized;
import cn.wangben.platform.outbox.EventSourcedWrites;
import cn.wangben.scoring.results.FinalCounts;
import cn.wangben.scoring.results.FinalRecord;
import cn.wangben.scoring.results.FinalResults;
import cn.wangben.scoring.results.Finalization;
import cn.wangben.scoring.results.FinalizationState;
import cn.wangben.scoring.results.TraineeResult;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code final_results}: one document per trainee ({@code _id} county:programme:teacherKey) carrying its
 * {@code TraineeResultFinalized} in its own outbox; the result itself is JSON text, the queried fields beside it.
 * {@code results_finalizations}: one per programme with the audit and, on completion, {@code ProgrammeFinalized}.
 */
@Repository
class MongoFinalResults implements FinalResults {
    static final String RESULTS = "final_results";
    static final String FINALIZATIONS = "results_finalizations";
    private final MongoTemplate mongo;
    private final EventSourcedWrites writes;
    private final JsonMapper json = JsonMapper.builder().build();

    MongoFinalResults(MongoTemplate mongo, EventSourcedWrites writes) {
        this.mongo = mongo;
        this.writes = writes;
        results().createIndex(Indexes.ascending("countyId", "programmeId", "schoolId"));
        results().createIndex(Indexes.ascending("countyId", "programmeId", "teacherId"));
        // every document has a code (a non-certificate one holds its own id), so a plain unique index guards them
        results().createIndex(Indexes.ascending("code"), new IndexOptions().unique(true));
    }

    @Override
    public Optional<Finalization> finalization(CountyId county, ProgrammeId programme) {
        return Optional.ofNullable(mongo.getCollection(FINALIZATIONS)
                        .find(Filters.eq("_id", key(county.value(), programme.value())))
                        .first())
                .map(MongoFinalResults::finalization);
    }

    @Override
    public boolean start(Finalization f) {
        Document d = new Document("_id", key(f.county().value(), f.programme().value()))
                .append("countyId", f.county().value())
                .append("programmeId", f.programme().value())
                .append("state", FinalizationState.IN_PROGRESS.name())
                .append("startedAt", date(f.startedAt()))
                .append("startedBy", f.startedBy())
                .append("forced", f.forced())
                .append("reason", f.reason())
                .append("missing", f.missing());
        return inserted(() -> writes.insert(FINALIZATIONS, d, List.of()));
    }

    @Override
    public boolean store(FinalRecord r, TraineeResultFinalized event) {
        TraineeResult t = r.result();
        String id = key(r.county().value(), r.programme().value(), t.teacherKey());
        Document d = new Document("_id", id)
                .append("countyId", r.county().value())
                .append("programmeId", r.programme().value())
                .append("schoolId", t.school().value())
                .append("teacherKey", t.teacherKey())
                .append(
                        "teacherId",
                        t.teacherId() == null ? null : t.teacherId().value())
                .append("code", t.certificateCode() == null ? "none:" + id : t.certificateCode())
                .append("programmeName", r.programmeName())
                .append("schoolName", r.schoolName())
                .append("passed", t.passed())
                .append("exempt", t.exempt())
                .append("finalizedAt", date(r.finalizedAt()))
                .append("result", json.writeValueAsString(t));
        if (inserted(() -> writes.insert(RESULTS, d, List.of(event)))) {
            return true;
        }
        if (results().find(Filters.eq("_id", id)).first() == null) {
            throw new IllegalStateException("certificate code collision for " + id + "; the retry draws a new one");
        }
        return false;
    }

    @Override
    public FinalCounts counts(CountyId county, ProgrammeId programme) {
        Bson all = programme(county, programme);
        return new FinalCounts(
                (int) results().countDocuments(all),
                (int) results().countDocuments(Filters.and(all, Filters.eq("passed", true))),
                (int) results().countDocuments(Filters.and(all, Filters.eq("exempt", true))));
    }

    @Override
    public void complete(Finalization started, Instant at, FinalCounts counts, ProgrammeFinalized event) {
        writes.update(
                FINALIZATIONS,
                key(started.county().value(), started.programme().value()),
                started.version(),
                new Document("state", FinalizationState.COMPLETED.name())
                        .append("completedAt", date(at))
                        .append("trainees", counts.trainees())
                        .append("passed", counts.passed())
                        .append("exempt", counts.exempt()),
                List.of(event));
    }

    @Override
    public List<TraineeResult> results(CountyId county, ProgrammeId programme, SchoolId school) {
        return results()
                .find(Filters.and(programme(county, programme), Filters.eq("schoolId", school.value())))
                .sort(Sorts.ascending("teacherKey"))
                .map(d -> json.readValue(d.getString("result"), TraineeResult.class))
                .into(new ArrayList<>());
    }

    @Override
    public Optional<FinalRecord> ofTeacherKey(CountyId county, ProgrammeId programme, String teacherKey) {
        return first(Filters.eq("_id", key(county.value(), programme.value(), teacherKey)));
    }

    @Override
    public Optional<FinalRecord> ofAccount(CountyId county, ProgrammeId programme, TeacherId teacher) {
        return first(Filters.and(programme(county, programme), Filters.eq("teacherId", teacher.value())));
    }

    @Override
    public Optional<FinalRecord> ofCertificate(String code) {
        return first(Filters.eq("code", code));
    }

    private Optional<FinalRecord> first(Bson filter) {
        return Optional.ofNullable(results().find(filter).first())
                .map(d -> new FinalRecord(
                        CountyId.of(d.getString("countyId")),
                        ProgrammeId.of(d.getString("programmeId")),
                        d.getString("programmeName"),
                        d.getString("schoolName"),
                        json.readValue(d.getString("result"), TraineeResult.class),
                        instant(d.getDate("finalizedAt"))));
    }

    private MongoCollection<Document> results() {
        return mongo.getCollection(RESULTS);
    }

    private static Bson programme(CountyId county, ProgrammeId programme) {
        return Filters.and(Filters.eq("countyId", county.value()), Filters.eq("programmeId", programme.value()));
    }

    private static boolean inserted(Runnable insert) {
        try {
            insert.run();
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            return false;
        }
    }

    private static Finalization finalization(Document d) {
        return new Finalization(
                CountyId.of(d.getString("countyId")),
                ProgrammeId.of(d.getString("programmeId")),
                FinalizationState.valueOf(d.getString("state")),
                instant(d.getDate("startedAt")),
                d.getString("startedBy"),
                d.getBoolean("forced", false),
                d.getString("reason"),
                d.getList("missing", String.class, List.of()),
                instant(d.getDate("completedAt")),
                d.get("trainees", 0),
                d.get("passed", 0),
                d.get("exempt", 0),
                d.getLong(EventSourcedWrites.VERSION));
    }
}
