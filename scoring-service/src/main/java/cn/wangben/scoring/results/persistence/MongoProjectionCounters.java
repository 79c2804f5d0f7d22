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
import cn.wangben.scoring.results.WorkRef;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

/**
 * The counters in three collections: {@code dashboard_counties} (county + programme: the schools listed, enrolled,
 * exempt, the result tally), {@code dashboard_schools} (county + programme + school: the same, plus per module
 * submitted, on time, graded, missed, score sum in tenths, bands) and {@code dashboard_modules} (county + module).
 * A fact's settled count sits in its own document ({@code counted}, with a version {@code v}); {@link CountSettler}
 * swaps it and adds the difference so that neither concurrent consumers nor a crash between the two writes count a
 * change twice or lose it.
 */
@Repository
class MongoProjectionCounters implements ProjectionCounters {
    private final MongoTemplate mongo;
    private final CounterReads reads;
    private final CountSettler settler;

    MongoProjectionCounters(MongoTemplate mongo, Clock clock, ProjectionProperties properties) {
        this.mongo = mongo;
        this.reads = new CounterReads(mongo);
        this.settler = new CountSettler(mongo, clock, properties.takeOver());
    }

    @Override
    public void settleWork(List<WorkRef> refs, BiFunction<WorkRef, WorkFact, WorkCount> rule) {
        Map<String, WorkRef> byId = new LinkedHashMap<>();
        refs.forEach(r -> byId.put(ResultDocuments.workKey(r.county(), r.programme(), r.teacher(), r.module()), r));
        settler.settle(ResultFactReads.WORK, byId.keySet(), d -> {
            WorkRef r = byId.get(d.getString("_id"));
            WorkCount now = rule.apply(r, ResultDocuments.workFact(d));
            WorkCount before = CounterDocuments.work(d.get("counted", Document.class));
            return now.equals(before)
                    ? Optional.empty()
                    : Optional.of(new CountSettler.Change(
                            CounterDocuments.work(now),
                            CounterDocuments.workDelta(r.county(), r.programme(), r.module(), before, now)));
        });
    }

    @Override
    public void settleTrainees(
            CountyId county,
            ProgrammeId programme,
            Collection<String> teacherKeys,
            Function<Trainee, TraineeCount> rule) {
        List<String> ids = teacherKeys.stream()
                .map(k -> key(county.value(), programme.value(), k))
                .toList();
        settler.settle(ResultFactReads.TRAINEES, ids, d -> {
            TraineeCount now = rule.apply(ResultDocuments.trainee(d));
            TraineeCount before = CounterDocuments.trainee(d.get("counted", Document.class));
            return now.equals(before)
                    ? Optional.empty()
                    : Optional.of(new CountSettler.Change(
                            CounterDocuments.trainee(now),
                            CounterDocuments.traineeDelta(county, programme, before, now)));
        });
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
        CounterDelta delta = new CounterDelta();
        delta.list(county, programme, school);
        apply(delta);
    }

    @Override
    public void freeze(CountyId county, ProgrammeId programme, SchoolId school, ResultTally tally) {
        CounterDelta delta = new CounterDelta();
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

    private void apply(CounterDelta delta) {
        delta.writes().forEach((collection, writes) -> {
            if (!writes.isEmpty()) {
                mongo.getCollection(collection).bulkWrite(writes);
            }
        });
    }
}
