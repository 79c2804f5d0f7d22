package cn.wangben.scoring.results.persistence;

import static cn.wangben.scoring.results.persistence.Upserts.key;

import cn.wangben.contracts.DomainEvent;
import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.ModuleId;
import cn.wangben.contracts.ids.ProgrammeId;
import cn.wangben.contracts.ids.SchoolId;
import cn.wangben.scoring.facts.Trainee;
import cn.wangben.scoring.facts.persistence.MongoSchoolFacts;
import cn.wangben.scoring.projection.ProjectionReplays;
import cn.wangben.scoring.results.CounterProjector;
import cn.wangben.scoring.results.FinalizationState;
import cn.wangben.scoring.results.OnlineModule;
import cn.wangben.scoring.results.OnlineWork;
import cn.wangben.scoring.results.SchoolScore;
import cn.wangben.scoring.results.SchoolSetup;
import cn.wangben.scoring.results.TraineeCount;
import cn.wangben.scoring.results.WorkCount;
import com.mongodb.MongoCommandException;
import com.mongodb.MongoNamespace;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.RenameCollectionOptions;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

/**
 * A rebuild's Mongo side: the replayed facts ({@link ReplayState}) get their counts from the same pure rules the live
 * path settles with ({@link CounterProjector#workCount}, {@link CounterProjector#traineeCount}), the counters are
 * summed in memory, everything is written with {@code insertMany} into {@code <name>__rebuild} collections, and each
 * is renamed over the live one (facts first, counters last). The live consumers are stopped meanwhile; a reader
 * between two renames may briefly see new facts beside old counters.
 */
@Repository
class MongoProjectionReplays implements ProjectionReplays {
    static final String FRESH = "__rebuild";
    private static final int BATCH = 5_000;
    private final MongoTemplate mongo;
    private final ZoneId zone;

    MongoProjectionReplays(MongoTemplate mongo, @Value("${wangben.dashboards.zone:Asia/Shanghai}") ZoneId zone) {
        this.mongo = mongo;
        this.zone = zone;
    }

    @Override
    public Replay start() {
        ReplayState state = new ReplayState(zone);
        return new Replay() {
            @Override
            public void accept(DomainEvent event) {
                state.accept(event);
            }

            @Override
            public Installed install() {
                return MongoProjectionReplays.this.install(state);
            }
        };
    }

    private Installed install(ReplayState state) {
        Map<String, Collection<Document>> fresh = documents(state);
        // a name of its own per rebuild: the local Mongo-wire server keeps a dropped or renamed collection's _id index
        // entries under the old name, so reusing one name made the next rebuild's inserts clash with stale keys
        String suffix = FRESH + "_" + java.util.UUID.randomUUID().toString().substring(0, 8);
        long documents = 0;
        for (Map.Entry<String, Collection<Document>> c : fresh.entrySet()) {
            documents += write(c.getKey() + suffix, c.getValue());
        }
        fresh.keySet().forEach(collection -> swap(collection, suffix));
        MongoResultFacts.createIndexes(mongo);
        MongoSchoolFacts.createIndexes(mongo);
        return new Installed(documents, finalized());
    }

    /** Every projection collection's documents for the replayed facts, counts and counters included. */
    Map<String, Collection<Document>> documents(ReplayState state) {
        Map<String, Map<String, Document>> counters = count(state);
        Map<String, Collection<Document>> fresh = new LinkedHashMap<>();
        fresh.put(ResultFactReads.PROGRAMMES, state.programmes.values());
        fresh.put(ResultFactReads.MODULES, state.modules.values());
        fresh.put(ResultFactReads.TRAINEES, state.trainees.values());
        fresh.put(ResultFactReads.WORK, state.work.values());
        fresh.put(ResultFactReads.SETUPS, state.setups.values());
        fresh.put(ResultFactReads.SCHOOL_NAMES, state.names.values());
        fresh.put(MongoSchoolFacts.PLANS, state.plans.values());
        fresh.put(MongoSchoolFacts.ROSTERS, state.rosters.values());
        fresh.put(MongoSchoolFacts.ROSTER_BATCHES, state.batches.values());
        fresh.put(ResultFactReads.ACCOUNTS, state.accounts.values());
        for (String collection : CounterDocuments.ALL) {
            fresh.put(collection, counters.getOrDefault(collection, Map.of()).values());
        }
        return fresh;
    }

    private Map<String, Map<String, Document>> count(ReplayState state) {
        CounterDocuments.Delta delta = new CounterDocuments.Delta();
        Map<String, OnlineModule> modules = new HashMap<>();
        state.modules.values().forEach(d -> modules.put(d.getString("_id"), ResultFactReads.module(d)));
        Map<String, List<Document>> byAccount = new HashMap<>();
        for (Document d : state.work.values()) {
            CountyId county = CountyId.of(d.getString("countyId"));
            ProgrammeId programme = ProgrammeId.of(d.getString("programmeId"));
            ModuleId module = ModuleId.of(d.getString("moduleId"));
            OnlineModule m = modules.getOrDefault(
                    key(county.value(), module.value()),
                    new OnlineModule(county, programme, module, null, null, null, 0, null));
            WorkCount count = CounterProjector.workCount(m, ResultDocuments.workFact(d));
            if (!count.equals(WorkCount.NONE)) {
                d.put("counted", CounterDocuments.work(count));
                d.put("v", 1L);
                delta.work(county, programme, module, count, 1);
                delta.list(county, programme, count.school());
            }
            byAccount
                    .computeIfAbsent(
                            key(county.value(), programme.value(), d.getString("teacherId")), k -> new ArrayList<>())
                    .add(d);
        }
        Map<String, Map<String, SchoolScore>> parts = new HashMap<>();
        mongo.getCollection(MongoSchoolScoreReads.PARTS).find().forEach(d -> parts.computeIfAbsent(
                        key(d.getString("countyId"), d.getString("programmeId"), d.getString("schoolId")),
                        k -> new HashMap<>())
                .put(d.getString("teacherKey"), MongoSchoolScoreReads.part(d)));
        Map<String, CounterProjector.Context> contexts = new HashMap<>();
        for (Document d : state.trainees.values()) {
            CountyId county = CountyId.of(d.getString("countyId"));
            ProgrammeId programme = ProgrammeId.of(d.getString("programmeId"));
            Trainee t = ResultDocuments.trainee(d);
            CounterProjector.Context context = contexts.computeIfAbsent(
                    key(county.value(), programme.value()), k -> context(state, county, programme));
            Optional<OnlineWork> work = t.teacherId() == null
                    ? Optional.empty()
                    : ResultDocuments.work(byAccount.getOrDefault(
                                    key(
                                            county.value(),
                                            programme.value(),
                                            t.teacherId().value()),
                                    List.of()))
                            .stream()
                            .findFirst();
            String school = key(county.value(), programme.value(), t.school().value());
            Document setup = state.setups.get(school);
            TraineeCount count = CounterProjector.traineeCount(
                    context,
                    t,
                    work,
                    parts.getOrDefault(school, Map.of()).get(t.teacherKey()),
                    setup == null ? SchoolSetup.none() : ResultFactReads.setup(setup));
            d.put("counted", CounterDocuments.trainee(count));
            d.put("v", 1L);
            delta.trainee(county, programme, count, 1);
            delta.list(county, programme, t.school());
        }
        for (Map<String, Document> named : List.of(state.setups, state.plans, state.rosters, state.batches)) {
            named.values()
                    .forEach(d -> delta.list(
                            CountyId.of(d.getString("countyId")),
                            ProgrammeId.of(d.getString("programmeId")),
                            SchoolId.of(d.getString("schoolId"))));
        }
        Map<String, Map<String, Document>> counters = new HashMap<>();
        delta.into(counters);
        return counters;
    }

    private static CounterProjector.Context context(ReplayState state, CountyId county, ProgrammeId programme) {
        Document settings = state.programmes.get(key(county.value(), programme.value()));
        List<OnlineModule> modules = state.modules.values().stream()
                .filter(d -> county.value().equals(d.getString("countyId"))
                        && programme.value().equals(d.getString("programmeId")))
                .map(ResultFactReads::module)
                .toList();
        return new CounterProjector.Context(
                county, programme, settings == null ? null : ResultDocuments.settings(settings), modules);
    }

    private long write(String collection, Collection<Document> documents) {
        MongoCollection<Document> target = mongo.getCollection(collection);
        target.drop();
        mongo.createCollection(collection);
        List<Document> batch = new ArrayList<>(BATCH);
        for (Document d : documents) {
            batch.add(d);
            if (batch.size() == BATCH) {
                target.insertMany(batch, new InsertManyOptions().ordered(false));
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            target.insertMany(batch, new InsertManyOptions().ordered(false));
        }
        return documents.size();
    }

    private void swap(String collection, String suffix) {
        MongoNamespace live = new MongoNamespace(mongo.getDb().getName(), collection);
        MongoCollection<Document> fresh = mongo.getCollection(collection + suffix);
        try {
            fresh.renameCollection(live, new RenameCollectionOptions().dropTarget(true));
        } catch (MongoCommandException unsupported) {
            // a server without dropTarget: drop, then rename (the live collection is briefly absent)
            mongo.getCollection(collection).drop();
            fresh.renameCollection(live);
        }
    }

    private List<Programme> finalized() {
        List<Programme> done = new ArrayList<>();
        mongo.getCollection(MongoFinalResults.FINALIZATIONS)
                .find(Filters.eq("state", FinalizationState.COMPLETED.name()))
                .forEach(d -> done.add(new Programme(
                        CountyId.of(d.getString("countyId")), ProgrammeId.of(d.getString("programmeId")))));
        return done;
    }
}
