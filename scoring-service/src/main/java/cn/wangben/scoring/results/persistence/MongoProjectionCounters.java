package cn.wangben.scoring.results.persistence;

import static cn.wangben.scoring.results.persistence.Upserts.key;

import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.ModuleId;
import cn.wangben.contracts.ids.ProgrammeId;
import cn.wangben.contracts.ids.SchoolId;
import cn.wangben.contracts.ids.TeacherId;
import cn.wangben.scoring.facts.Trainee;
import cn.wangben.scoring.results.ProjectionCounters;
import cn.wangben.scoring.results.ResultTally;
import cn.wangben.scoring.results.SchoolCounts;
import cn.wangben.scoring.results.TraineeCount;
import cn.wangben.scoring.results.WorkCount;
import cn.wangben.scoring.results.WorkFact;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Updates;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

/**
 * The counters in three collections: {@code dashboard_counties} (county + programme: the schools listed, enrolled,
 * exempt, the result tally), {@code dashboard_schools} (county + programme + school: the same, plus per module
 * submitted, on time, graded, missed, score sum in tenths, bands) and {@code dashboard_modules} (county + module).
 * A fact's settled count sits in its own document ({@code counted}, with a version {@code v}); the swap is a
 * compare-and-set on that version, and only the writer that wins it adds the difference, so concurrent consumers
 * never count a change twice. Without multi-document transactions, a crash between the swap and the {@code $inc}
 * loses that difference; a rebuild (docs/ops.md) recomputes everything.
 */
@Repository
class MongoProjectionCounters implements ProjectionCounters {
    private static final int ATTEMPTS = 100;
    private final MongoTemplate mongo;
    private final CounterReads reads;

    MongoProjectionCounters(MongoTemplate mongo) {
        this.mongo = mongo;
        this.reads = new CounterReads(mongo);
    }

    @Override
    public void settleWork(
            CountyId county,
            ProgrammeId programme,
            TeacherId teacher,
            ModuleId module,
            Function<WorkFact, WorkCount> rule) {
        String id = ResultDocuments.workKey(county, programme, teacher, module);
        MongoCollection<Document> work = mongo.getCollection(ResultFactReads.WORK);
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Document d = work.find(Filters.eq("_id", id)).first();
            if (d == null) {
                return;
            }
            WorkCount now = rule.apply(new WorkFact(ResultDocuments.school(d), ResultDocuments.moduleWork(d)));
            WorkCount before = CounterDocuments.work(d.get("counted", Document.class));
            if (now.equals(before)) {
                return;
            }
            if (swap(work, d, CounterDocuments.work(now))) {
                apply(CounterDocuments.workDelta(county, programme, module, before, now));
                return;
            }
        }
        throw new IllegalStateException("could not settle " + id);
    }

    @Override
    public void settleTrainee(
            CountyId county, ProgrammeId programme, String teacherKey, Function<Trainee, TraineeCount> rule) {
        String id = key(county.value(), programme.value(), teacherKey);
        MongoCollection<Document> trainees = mongo.getCollection(ResultFactReads.TRAINEES);
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Document d = trainees.find(Filters.eq("_id", id)).first();
            if (d == null) {
                return;
            }
            TraineeCount now = rule.apply(ResultDocuments.trainee(d));
            TraineeCount before = CounterDocuments.trainee(d.get("counted", Document.class));
            if (now.equals(before)) {
                return;
            }
            if (swap(trainees, d, CounterDocuments.trainee(now))) {
                apply(CounterDocuments.traineeDelta(county, programme, before, now));
                return;
            }
        }
        throw new IllegalStateException("could not settle " + id);
    }

    @Override
    public List<TeacherId> workers(CountyId county, ProgrammeId programme, ModuleId module) {
        return mongo.getCollection(ResultFactReads.WORK)
                .find(Filters.and(
                        Filters.eq("countyId", county.value()),
                        Filters.eq("programmeId", programme.value()),
                        Filters.eq("moduleId", module.value())))
                .projection(Projections.include("teacherId"))
                .map(d -> TeacherId.of(d.getString("teacherId")))
                .into(new ArrayList<>());
    }

    @Override
    public void touch(CountyId county, ProgrammeId programme, SchoolId school) {
        CounterDocuments.Delta delta = new CounterDocuments.Delta();
        delta.list(county, programme, school);
        apply(delta);
    }

    @Override
    public void freeze(CountyId county, ProgrammeId programme, SchoolId school, ResultTally tally) {
        CounterDocuments.Delta delta = new CounterDocuments.Delta();
        delta.list(county, programme, school);
        delta.freeze(county, programme, school, tally);
        apply(delta);
    }

    @Override
    public List<SchoolCounts> schools(CountyId county, ProgrammeId programme) {
        return reads.schools(county, programme);
    }

    @Override
    public Optional<SchoolCounts> school(CountyId county, ProgrammeId programme, SchoolId school) {
        return reads.school(county, programme, school);
    }

    /** Compare-and-set of a fact's settled count on its version. */
    private static boolean swap(MongoCollection<Document> facts, Document d, Document counted) {
        Object version = d.get("v");
        long v = version == null ? 0 : ((Number) version).longValue();
        Bson sameVersion = version == null ? Filters.exists("v", false) : Filters.eq("v", version);
        return facts.updateOne(
                                Filters.and(Filters.eq("_id", d.get("_id")), sameVersion),
                                Updates.combine(Updates.set("counted", counted), Updates.set("v", v + 1)))
                        .getModifiedCount()
                == 1;
    }

    private void apply(CounterDocuments.Delta delta) {
        delta.writes().forEach((collection, writes) -> {
            if (!writes.isEmpty()) {
                mongo.getCollection(collection).bulkWrite(writes);
            }
        });
    }
}
