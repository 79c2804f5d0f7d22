package cn.wangben.scoring.results.persistence;

import static cn.wangben.scoring.results.persistence.Upserts.key;

import cn.wangben.contracts.DomainEvent;
import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.ProgrammeId;
import cn.wangben.scoring.facts.persistence.MongoSchoolFacts;
import cn.wangben.scoring.projection.ProjectionReplays;
import cn.wangben.scoring.projection.RebuildThreads;
import cn.wangben.scoring.results.CounterProjector;
import cn.wangben.scoring.results.FinalizationState;
import cn.wangben.scoring.results.SchoolScore;
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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.BiConsumer;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

/**
 * A rebuild's Mongo side: the replayed facts ({@link ReplayState}) get their counts from the same pure rules the live
 * path settles with ({@link CounterProjector#workCount}, {@link CounterProjector#traineeCount}), the counters are
 * summed in memory, everything is written with {@code insertMany} into {@code <name>__rebuild} collections, and each
 * is renamed over the live one (facts first, counters last). The writers encode the documents themselves
 * ({@link RawDocuments}). Collections are written in parallel, the facts that carry
 * no counts while the counts are computed. The live consumers are stopped meanwhile; a reader between two renames may
 * briefly see new facts beside old counters.
 */
@Repository
class MongoProjectionReplays implements ProjectionReplays {
    static final String FRESH = "__rebuild";
    /** Documents per insertMany call (the driver still splits a call into messages the server accepts). */
    private static final int BATCH = 10_000;

    private static final int WRITERS = 3;

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
        // a name of its own per rebuild: the local Mongo-wire server keeps a dropped or renamed collection's _id index
        // entries under the old name, so reusing one name made the next rebuild's inserts clash with stale keys
        String suffix = FRESH + "_" + java.util.UUID.randomUUID().toString().substring(0, 8);
        Phases phases = new Phases();
        // writers: batches inserted at once, each on a connection of its own; counting: a thread per core
        ExecutorService pool = RebuildThreads.pool("rebuild-write", WRITERS);
        ExecutorService counting =
                RebuildThreads.pool("rebuild-count", Runtime.getRuntime().availableProcessors());
        try {
            // facts no count is stored on are final once the log is read: they are written while the counts are made,
            // and each programme's trainees and work as soon as they are counted
            // (the collections are made while the first programmes are counted)
            List<Future<Long>> written = new ArrayList<>();
            String trainees = ResultFactReads.TRAINEES + suffix;
            String work = ResultFactReads.WORK + suffix;
            create(state, suffix);
            Runnable facts = () -> facts(state)
                    .forEach((collection, documents) -> insert(pool, written, collection + suffix, documents));
            Map<String, Map<String, Document>> counters =
                    count(state, counting, facts, (programmeTrainees, programmeWork) -> {
                        insert(pool, written, trainees, programmeTrainees);
                        insert(pool, written, work, programmeWork);
                    });
            phases.done("count");
            Map<String, Collection<Document>> counted = counted(state, counters);
            for (String collection : CounterDocuments.ALL) {
                insert(pool, written, collection + suffix, counted.get(collection));
            }
            long documents = 0;
            for (Future<Long> w : written) {
                documents += RebuildThreads.await(w, "writing the fresh collections");
            }
            phases.done("write");
            // facts first, counters last
            facts(state).keySet().forEach(collection -> swap(collection, suffix));
            counted.keySet().forEach(collection -> swap(collection, suffix));
            phases.done("swap");
            return new Installed(documents, finalized(), phases.millis());
        } finally {
            pool.shutdownNow();
            counting.shutdownNow();
        }
    }

    /** The fact collections that carry no counts. */
    private static Map<String, Collection<Document>> facts(ReplayState state) {
        Map<String, Collection<Document>> facts = new LinkedHashMap<>();
        facts.put(ResultFactReads.PROGRAMMES, state.programmes.values());
        facts.put(ResultFactReads.MODULES, state.modules.values());
        facts.put(ResultFactReads.SETUPS, state.setups.values());
        facts.put(ResultFactReads.SCHOOL_NAMES, state.names.values());
        facts.put(MongoSchoolFacts.PLANS, state.plans.values());
        facts.put(MongoSchoolFacts.ROSTERS, state.rosters.values());
        facts.put(MongoSchoolFacts.ROSTER_BATCHES, state.batches.values());
        facts.put(ResultFactReads.ACCOUNTS, state.accounts.values());
        return facts;
    }

    /** Trainees and work (their counts set by now), then the counters summed from them. */
    private static Map<String, Collection<Document>> counted(
            ReplayState state, Map<String, Map<String, Document>> counters) {
        Map<String, Collection<Document>> counted = new LinkedHashMap<>();
        counted.put(ResultFactReads.TRAINEES, state.trainees.values());
        counted.put(ResultFactReads.WORK, state.work.values());
        for (String collection : CounterDocuments.ALL) {
            counted.put(collection, counters.getOrDefault(collection, Map.of()).values());
        }
        return counted;
    }

    /** Every projection collection's documents for the replayed facts, counts and counters included. */
    Map<String, Collection<Document>> documents(ReplayState state) {
        ExecutorService pool =
                RebuildThreads.pool("rebuild-count", Runtime.getRuntime().availableProcessors());
        try {
            Map<String, Collection<Document>> fresh = facts(state);
            fresh.putAll(counted(state, count(state, pool, () -> {}, (trainees, work) -> {})));
            return fresh;
        } finally {
            pool.shutdownNow();
        }
    }

    private Map<String, Map<String, Document>> count(
            ReplayState state,
            ExecutorService pool,
            Runnable meanwhile,
            BiConsumer<List<Document>, List<Document>> counted) {
        Map<String, Map<String, SchoolScore>> parts = new HashMap<>();
        mongo.getCollection(MongoSchoolScoreReads.PARTS).find().forEach(d -> parts.computeIfAbsent(
                        key(d.getString("countyId"), d.getString("programmeId"), d.getString("schoolId")),
                        k -> new HashMap<>())
                .put(d.getString("teacherKey"), MongoSchoolScoreReads.part(d)));
        return new ReplayCounts(state, parts).count(pool, meanwhile, counted);
    }

    /**
     * Every fresh collection, each with the live one's indexes while it is still empty (a rename keeps them): indexing
     * a filled collection reads all of it again.
     */
    private void create(ReplayState state, String suffix) {
        List<String> fresh = new ArrayList<>(facts(state).keySet());
        fresh.add(ResultFactReads.TRAINEES);
        fresh.add(ResultFactReads.WORK);
        fresh.addAll(CounterDocuments.ALL);
        fresh.forEach(collection -> mongo.createCollection(collection + suffix));
        MongoResultFacts.createIndexes(mongo, suffix);
        MongoSchoolFacts.createIndexes(mongo, suffix);
    }

    /**
     * Queues the documents as batches: the pool's threads insert batches of one collection and of several at once
     * (the server decodes each on the connection's own thread).
     */
    private void insert(ExecutorService pool, List<Future<Long>> written, String collection, Collection<Document> all) {
        MongoCollection<RawBsonDocument> target =
                mongo.getCollection(collection).withDocumentClass(RawBsonDocument.class);
        List<Document> documents = List.copyOf(all);
        for (int from = 0; from < documents.size(); from += BATCH) {
            List<Document> batch = documents.subList(from, Math.min(documents.size(), from + BATCH));
            written.add(pool.submit(() -> {
                List<RawBsonDocument> encoded = new ArrayList<>(batch.size());
                batch.forEach(d -> encoded.add(RawDocuments.raw(d)));
                target.insertMany(encoded, new InsertManyOptions().ordered(false));
                return (long) batch.size();
            }));
        }
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
