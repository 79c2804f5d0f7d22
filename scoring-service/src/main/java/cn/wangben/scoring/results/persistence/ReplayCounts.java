package cn.wangben.scoring.results.persistence;

import static cn.wangben.scoring.results.persistence.Upserts.key;

import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.ModuleId;
import cn.wangben.contracts.ids.ProgrammeId;
import cn.wangben.contracts.ids.SchoolId;
import cn.wangben.scoring.facts.Trainee;
import cn.wangben.scoring.results.CounterProjector;
import cn.wangben.scoring.results.OnlineModule;
import cn.wangben.scoring.results.OnlineWork;
import cn.wangben.scoring.results.SchoolScore;
import cn.wangben.scoring.results.SchoolSetup;
import cn.wangben.scoring.results.TraineeCount;
import cn.wangben.scoring.results.WorkCount;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.BiConsumer;
import org.bson.Document;

/**
 * The counts of a replay: each work and trainee document gets its {@code counted} field by the live path's pure rules
 * ({@link CounterProjector#workCount}, {@link CounterProjector#traineeCount}), and the counters are their sum. Every
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
     * @param counted told each programme's trainee and work documents once their counts are set, in programme order
     *     (so they can be written while the next programmes are counted)
     */
    Map<String, Map<String, Document>> count(ExecutorService pool, BiConsumer<List<Document>, List<Document>> counted)
            throws InterruptedException, ExecutionException {
        Map<String, Programme> programmes = new LinkedHashMap<>();
        state.work.values().forEach(d -> programme(programmes, d).work.add(d));
        state.trainees.values().forEach(d -> programme(programmes, d).trainees.add(d));
        List<Future<CounterDocuments.Delta>> deltas = new ArrayList<>();
        for (Programme p : programmes.values()) {
            deltas.add(pool.submit(p::count));
        }
        CounterDocuments.Delta listed = new CounterDocuments.Delta();
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
            deltas.get(i++).get().into(counters);
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

        Programme(CountyId county, ProgrammeId programme) {
            this.county = county;
            this.programme = programme;
        }

        CounterDocuments.Delta count() {
            CounterDocuments.Delta delta = new CounterDocuments.Delta();
            Map<String, List<Document>> byTeacher = new HashMap<>();
            for (Document d : work) {
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
                byTeacher
                        .computeIfAbsent(d.getString("teacherId"), k -> new ArrayList<>())
                        .add(d);
            }
            CounterProjector.Context context = context();
            // a school's setup is the same for each of its trainees: read once per school, not once per trainee
            Map<String, SchoolSetup> setups = new HashMap<>();
            for (Document d : trainees) {
                Trainee t = ResultDocuments.trainee(d);
                Optional<OnlineWork> online = t.teacherId() == null
                        ? Optional.empty()
                        : ResultDocuments.work(
                                        byTeacher.getOrDefault(t.teacherId().value(), List.of()))
                                .stream()
                                .findFirst();
                String school =
                        key(county.value(), programme.value(), t.school().value());
                SchoolSetup setup = setups.computeIfAbsent(school, k -> {
                    Document stored = state.setups.get(k);
                    return stored == null ? SchoolSetup.none() : ResultFactReads.setup(stored);
                });
                TraineeCount count = CounterProjector.traineeCount(
                        context, t, online, parts.getOrDefault(school, Map.of()).get(t.teacherKey()), setup);
                d.put("counted", CounterDocuments.trainee(count));
                d.put("v", 1L);
                delta.trainee(county, programme, count, 1);
                delta.list(county, programme, t.school());
            }
            return delta;
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
