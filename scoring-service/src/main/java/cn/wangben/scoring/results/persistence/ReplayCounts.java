package cn.wangben.scoring.results.persistence;

import static cn.wangben.scoring.results.persistence.Upserts.key;

import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.ModuleId;
import cn.wangben.contracts.ids.ProgrammeId;
import cn.wangben.contracts.ids.SchoolId;
import cn.wangben.contracts.ids.TeacherId;
import cn.wangben.scoring.facts.Trainee;
import cn.wangben.scoring.projection.RebuildThreads;
import cn.wangben.scoring.results.CounterProjector;
import cn.wangben.scoring.results.ModuleWork;
import cn.wangben.scoring.results.OnlineModule;
import cn.wangben.scoring.results.OnlineWork;
import cn.wangben.scoring.results.SchoolScore;
import cn.wangben.scoring.results.SchoolSetup;
import cn.wangben.scoring.results.TraineeCount;
import cn.wangben.scoring.results.WorkCount;
import cn.wangben.scoring.results.WorkFact;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.BiConsumer;
import org.bson.Document;

/**
 * The counts of a replay: each work and trainee document gets its {@code counted} field by the live path's pure rules
 * ({@link CounterProjector#workCount}; {@link CounterProjector#traineeCounts}, a school's trainees from one board, each
 * counted as {@link CounterProjector#traineeCount} counts it alone), and the counters are their sum. Every
 * programme's documents are counted on their own (in parallel: nothing is shared between programmes but read-only
 * facts), then the deltas are summed in programme order, so the result is the one a single pass gives.
 */
final class ReplayCounts {
    private final ReplayState state;
    private final Map<String, Map<String, SchoolScore>> parts;
    private final Map<String, OnlineModule> modules = new HashMap<>();

    /** @param parts the school scoring's parts by county/programme/school, then by teacher key */
    ReplayCounts(ReplayState state, Map<String, Map<String, SchoolScore>> parts) {
        this.state = state;
        this.parts = parts;
        state.modules.values().forEach(d -> modules.put(d.getString("_id"), ResultFactReads.module(d)));
    }

    /**
     * Sets the counts on the documents in memory and returns the counter documents by collection and {@code _id}.
     *
     * @param meanwhile run on the caller's thread once the programmes are being counted
     * @param counted told each programme's trainee and work documents once their counts are set, in programme order
     *     (so they can be written while the next programmes are counted)
     */
    Map<String, Map<String, Document>> count(
            ExecutorService pool, Runnable meanwhile, BiConsumer<List<Document>, List<Document>> counted) {
        Map<String, Programme> programmes = new LinkedHashMap<>();
        state.work.values().forEach(d -> programme(programmes, d).work.add(d));
        state.trainees.values().forEach(d -> programme(programmes, d).trainees.add(d));
        List<Future<CounterDelta>> deltas = new ArrayList<>();
        for (Programme p : programmes.values()) {
            deltas.add(pool.submit(p::count));
        }
        meanwhile.run();
        CounterDelta listed = new CounterDelta();
        for (Map<String, Document> named : List.of(state.setups, state.plans, state.rosters, state.batches)) {
            named.values()
                    .forEach(d -> listed.list(
                            CountyId.of(d.getString("countyId")),
                            ProgrammeId.of(d.getString("programmeId")),
                            SchoolId.of(d.getString("schoolId"))));
        }
        Map<String, Map<String, Document>> counters = new HashMap<>();
        int i = 0;
        for (Programme p : programmes.values()) {
            RebuildThreads.await(deltas.get(i++), "counting").into(counters);
            counted.accept(p.trainees, p.work);
        }
        listed.into(counters);
        return counters;
    }

    private Programme programme(Map<String, Programme> programmes, Document d) {
        String county = d.getString("countyId");
        String programme = d.getString("programmeId");
        return programmes.computeIfAbsent(
                key(county, programme), k -> new Programme(CountyId.of(county), ProgrammeId.of(programme)));
    }

    /** One programme's work and trainee documents. */
    private final class Programme {
        final CountyId county;
        final ProgrammeId programme;
        final List<Document> work = new ArrayList<>();
        final List<Document> trainees = new ArrayList<>();
        // ids and modules read once per programme, not once per document
        private final Map<String, SchoolId> schools = new HashMap<>();
        private final Map<String, OnlineModule> scheduled = new HashMap<>();

        Programme(CountyId county, ProgrammeId programme) {
            this.county = county;
            this.programme = programme;
        }

        CounterDelta count() {
            ReplaySums sums = new ReplaySums(county, programme);
            ResultDocuments.Accounts accounts = new ResultDocuments.Accounts();
            for (Document d : work) {
                String moduleId = d.getString("moduleId");
                OnlineModule m = scheduled.computeIfAbsent(
                        moduleId,
                        k -> modules.getOrDefault(
                                key(county.value(), k),
                                new OnlineModule(county, programme, ModuleId.of(k), null, null, null, 0, null)));
                ModuleWork done = ResultDocuments.moduleWork(d, m.id());
                SchoolId school = school(d.getString("schoolId"));
                WorkCount count =
                        CounterProjector.workCount(m, new WorkFact(school, done, ResultDocuments.attemptHours(d)));
                if (!count.equals(WorkCount.NONE)) {
                    d.put("counted", CounterDocuments.work(count));
                    d.put("v", 1L);
                    sums.work(m.id(), count);
                }
                accounts.add(d.getString("teacherId"), school, done);
            }
            CounterProjector.Context context = context();
            Map<SchoolId, List<Trainee>> bySchool = new LinkedHashMap<>();
            List<Trainee> read = new ArrayList<>(trainees.size());
            for (Document d : trainees) {
                Trainee t = ResultDocuments.trainee(d, school(d.getString("schoolId")));
                read.add(t);
                bySchool.computeIfAbsent(t.school(), k -> new ArrayList<>()).add(t);
            }
            // a school's board is computed once for all its trainees, not once per trainee
            Map<Trainee, TraineeCount> counts = new IdentityHashMap<>();
            bySchool.forEach((school, theirs) -> {
                String id = key(county.value(), programme.value(), school.value());
                Document stored = state.setups.get(id);
                SchoolSetup setup = stored == null ? SchoolSetup.none() : ResultFactReads.setup(stored);
                Map<TeacherId, OnlineWork> work = new HashMap<>();
                for (Trainee t : theirs) {
                    OnlineWork w = t.teacherId() == null
                            ? null
                            : accounts.of(t.teacherId().value());
                    if (w != null) {
                        work.put(t.teacherId(), w);
                    }
                }
                List<TraineeCount> theirCounts = CounterProjector.traineeCounts(
                        context, school, theirs, work, parts.getOrDefault(id, Map.of()), setup);
                for (int i = 0; i < theirs.size(); i++) {
                    counts.put(theirs.get(i), theirCounts.get(i));
                }
            });
            for (int i = 0; i < trainees.size(); i++) {
                TraineeCount count = counts.get(read.get(i));
                trainees.get(i).put("counted", CounterDocuments.trainee(count));
                trainees.get(i).put("v", 1L);
                sums.trainee(count);
            }
            return sums.delta();
        }

        private SchoolId school(String id) {
            return id == null ? null : schools.computeIfAbsent(id, SchoolId::of);
        }

        private CounterProjector.Context context() {
            Document settings = state.programmes.get(key(county.value(), programme.value()));
            List<OnlineModule> scheduled = state.modules.values().stream()
                    .filter(d -> county.value().equals(d.getString("countyId"))
                            && programme.value().equals(d.getString("programmeId")))
                    .map(ResultFactReads::module)
                    .toList();
            return new CounterProjector.Context(
                    county, programme, settings == null ? null : ResultDocuments.settings(settings), scheduled);
        }
    }
}
