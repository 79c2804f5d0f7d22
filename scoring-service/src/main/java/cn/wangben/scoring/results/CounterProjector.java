package cn.wangben.scoring.results;

import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.ModuleId;
import cn.wangben.contracts.ids.ProgrammeId;
import cn.wangben.contracts.ids.SchoolId;
import cn.wangben.contracts.ids.TeacherId;
import cn.wangben.scoring.facts.Trainee;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Keeps the dashboards' counters in step with the facts. After a fact is written, the facts it can change are
 * settled: an online event settles its (teacher, module) fact and, if it can change a result, the trainee; a trainee
 * event the trainee; a school part, sheet or standing change the school's trainees; a module schedule, release or
 * programme revision every fact of the module or programme (rare events, O(their facts)). The count each fact adds
 * is a pure function of the stored facts ({@link ModuleJudge}, {@link ResultCalculator}), so the counters equal the
 * sum over the facts whatever the order and number of deliveries.
 */
public class CounterProjector {
    /** Trainees settled per batch when a school or programme is recounted: bounds one batch's reads and writes. */
    private static final int BATCH = 500;

    private final ResultFacts facts;
    private final SchoolScoreReads scoring;
    private final ProjectionCounters counters;
    private final FinalResults finals;

    public CounterProjector(
            ResultFacts facts, SchoolScoreReads scoring, ProjectionCounters counters, FinalResults finals) {
        this.facts = facts;
        this.scoring = scoring;
        this.counters = counters;
        this.finals = finals;
    }

    public void work(CountyId county, ProgrammeId programme, TeacherId teacher, ModuleId module) {
        work(List.of(new WorkRef(county, programme, teacher, module)));
    }

    /** A batch of (teacher, module) facts, settled together; each module is read once. */
    public void work(List<WorkRef> refs) {
        Map<String, OnlineModule> modules = new HashMap<>();
        counters.settleWork(
                refs,
                (r, f) -> workCount(
                        modules.computeIfAbsent(
                                r.county().value() + ":" + r.module().value(), k -> facts.module(r.county(), r.module())
                                        .orElse(placeholder(r.county(), r.programme(), r.module()))),
                        f));
    }

    /** Every (teacher, module) fact of the module, e.g. after its cutoff moved. */
    public void module(CountyId county, ProgrammeId programme, ModuleId module) {
        work(counters.workers(county, programme, module).stream()
                .map(teacher -> new WorkRef(county, programme, teacher, module))
                .toList());
    }

    /** The trainee enrolled with the account, if any (its result may have changed). */
    public void account(CountyId county, ProgrammeId programme, TeacherId teacher) {
        accounts(List.of(new WorkRef(county, programme, teacher, null)));
    }

    /** The trainees enrolled with these accounts, settled a programme at a time (a batch's grades). */
    public void accounts(List<WorkRef> accounts) {
        Map<String, List<TeacherId>> byProgramme = new LinkedHashMap<>();
        Map<String, WorkRef> scopes = new HashMap<>();
        for (WorkRef a : accounts) {
            String scope = a.county().value() + ":" + a.programme().value();
            byProgramme.computeIfAbsent(scope, k -> new ArrayList<>()).add(a.teacher());
            scopes.putIfAbsent(scope, a);
        }
        byProgramme.forEach((scope, teachers) -> {
            WorkRef a = scopes.get(scope);
            settle(
                    a.county(),
                    a.programme(),
                    facts.traineesOfAccounts(a.county(), a.programme(), teachers)
                            .values());
        });
    }

    public void trainee(CountyId county, ProgrammeId programme, String teacherKey) {
        Context context = context(county, programme);
        counters.settleTrainee(county, programme, teacherKey, t -> traineeCount(context, t));
    }

    /** Every trainee of the school, e.g. after its parts or its standing changed; and lists the school. */
    public void school(CountyId county, ProgrammeId programme, SchoolId school) {
        counters.touch(county, programme, school);
        settle(county, programme, facts.trainees(county, programme, school).values());
    }

    /** Every trainee of the programme, e.g. after a release, a new module or a new pass mark. */
    public void programme(CountyId county, ProgrammeId programme) {
        settle(county, programme, facts.trainees(county, programme));
    }

    /** Settles trainees of one programme in batches, each batch's online work read at once. */
    private void settle(CountyId county, ProgrammeId programme, Collection<Trainee> trainees) {
        Context context = context(county, programme);
        List<Trainee> all = List.copyOf(trainees);
        for (int from = 0; from < all.size(); from += BATCH) {
            List<Trainee> batch = all.subList(from, Math.min(all.size(), from + BATCH));
            List<TeacherId> accounts = batch.stream()
                    .map(Trainee::teacherId)
                    .filter(java.util.Objects::nonNull)
                    .toList();
            context.works.putAll(facts.workOf(county, programme, accounts));
            context.read.addAll(accounts);
            counters.settleTrainees(
                    county, programme, batch.stream().map(Trainee::teacherKey).toList(), t -> traineeCount(context, t));
        }
    }

    /** Lists the school on the dashboard without changing any counter (a plan, roster or standing named it). */
    public void touch(CountyId county, ProgrammeId programme, SchoolId school) {
        counters.touch(county, programme, school);
    }

    /** After finalization: each school's frozen tally, from the final results. */
    public void freeze(CountyId county, ProgrammeId programme, List<SchoolId> schools) {
        for (SchoolId school : schools) {
            List<TraineeResult> rows = finals.results(county, programme, school);
            if (!rows.isEmpty()) {
                counters.freeze(county, programme, school, tally(rows));
            }
        }
    }

    public static ResultTally tally(List<TraineeResult> rows) {
        ResultTally results = ResultTally.empty();
        for (TraineeResult row : rows) {
            if (!row.exempt()) {
                results = results.plus(
                        new ResultTally(1, row.complete() ? 1 : 0, row.passed() ? 1 : 0, row.creditedHours()));
            }
        }
        return results;
    }

    /** What one (teacher, module) fact adds: the same tally {@link ResultCalculator} gives the school. */
    public static WorkCount workCount(OnlineModule m, WorkFact f) {
        if (f.school() == null) {
            return WorkCount.NONE;
        }
        ModuleTally t = ModuleJudge.tally(m, f.work());
        String band = t.bands().isEmpty() ? null : t.bands().keySet().iterator().next();
        SortedMap<Instant, Integer> hours = new TreeMap<>();
        f.attemptHours().values().forEach(hour -> hours.merge(hour, 1, Integer::sum));
        return new WorkCount(
                f.school(),
                t.submitted(),
                t.onTime(),
                t.graded(),
                t.missed(),
                t.scoreSum().movePointRight(Points.SCALE).longValueExact(),
                band,
                hours);
    }

    /** What one trainee adds: its enrollment and its row of the school's board, computed alone (rows only). */
    public static TraineeCount traineeCount(
            Context c, Trainee t, Optional<OnlineWork> work, SchoolScore part, SchoolSetup setup) {
        SchoolInputs in = new SchoolInputs(
                c.county(),
                c.programme(),
                t.school(),
                c.settings(),
                c.modules(),
                Map.of(t.teacherKey(), t),
                work.map(List::of).orElse(List.of()),
                part == null ? Map.of() : Map.of(t.teacherKey(), part),
                Map.of(),
                null,
                setup,
                List.of());
        return count(t, ResultCalculator.rows(in).get(0));
    }

    /**
     * What each trainee of one school adds, in their order: the same counts {@link #traineeCount} gives one at a time,
     * from a single board of the school (a rebuild counts whole schools). A row does not depend on the other trainees
     * unless some work names a module the programme has not scheduled (the board then lists it for every row): such
     * trainees are counted alone.
     *
     * @param work by account, the work of the trainees' accounts
     * @param parts the school's parts by teacher key
     */
    public static List<TraineeCount> traineeCounts(
            Context c,
            SchoolId school,
            List<Trainee> trainees,
            Map<TeacherId, OnlineWork> work,
            Map<String, SchoolScore> parts,
            SchoolSetup setup) {
        java.util.Set<ModuleId> scheduled = new java.util.HashSet<>();
        c.modules().forEach(m -> scheduled.add(m.id()));
        Map<String, Trainee> together = new HashMap<>();
        Map<TeacherId, OnlineWork> theirWork = new LinkedHashMap<>();
        for (Trainee t : trainees) {
            OnlineWork w = t.teacherId() == null ? null : work.get(t.teacherId());
            if (w == null || scheduled.containsAll(w.modules().keySet())) {
                together.put(t.teacherKey(), t);
                if (w != null) {
                    theirWork.put(t.teacherId(), w);
                }
            }
        }
        Map<String, TraineeResult> rows = new HashMap<>();
        if (!together.isEmpty()) {
            SchoolInputs in = new SchoolInputs(
                    c.county(),
                    c.programme(),
                    school,
                    c.settings(),
                    c.modules(),
                    together,
                    List.copyOf(theirWork.values()),
                    parts,
                    Map.of(),
                    null,
                    setup,
                    List.of());
            ResultCalculator.rows(in).forEach(r -> rows.put(r.teacherKey(), r));
        }
        List<TraineeCount> counts = new ArrayList<>(trainees.size());
        for (Trainee t : trainees) {
            TraineeResult row = together.get(t.teacherKey()) == t ? rows.get(t.teacherKey()) : null;
            counts.add(
                    row != null
                            ? count(t, row)
                            : traineeCount(
                                    c,
                                    t,
                                    Optional.ofNullable(t.teacherId() == null ? null : work.get(t.teacherId())),
                                    parts.get(t.teacherKey()),
                                    setup));
        }
        return counts;
    }

    /** A trainee's enrollment and, unless exempt, its result: what it adds to its school's board's figures. */
    private static TraineeCount count(Trainee t, TraineeResult row) {
        boolean counted = !row.exempt();
        return new TraineeCount(
                t.school(),
                t.teacherId() != null && !t.exempt() ? 1 : 0,
                t.exempt() ? 1 : 0,
                counted ? 1 : 0,
                counted && row.complete() ? 1 : 0,
                counted && row.passed() ? 1 : 0,
                counted ? row.creditedHours() : 0);
    }

    private TraineeCount traineeCount(Context c, Trainee t) {
        Optional<OnlineWork> work = t.teacherId() == null
                ? Optional.empty()
                : c.read.contains(t.teacherId())
                        ? Optional.ofNullable(c.works.get(t.teacherId()))
                        : facts.workOf(c.county(), c.programme(), t.teacherId());
        SchoolScore part = c.parts
                .computeIfAbsent(t.school(), s -> scoring.schoolParts(c.county(), c.programme(), s))
                .get(t.teacherKey());
        SchoolSetup setup = c.setups.computeIfAbsent(t.school(), s -> facts.setup(c.county(), c.programme(), s));
        return traineeCount(c, t, work, part, setup);
    }

    private Context context(CountyId county, ProgrammeId programme) {
        return new Context(
                county, programme, facts.programme(county, programme).orElse(null), facts.modules(county, programme));
    }

    private static OnlineModule placeholder(CountyId county, ProgrammeId programme, ModuleId module) {
        return new OnlineModule(county, programme, module, null, null, null, 0, null);
    }

    /** What every trainee of a programme is judged against (settings, modules), and what one recount read of schools. */
    public static final class Context {
        private final CountyId county;
        private final ProgrammeId programme;
        private final ProgrammeSettings settings;
        private final List<OnlineModule> modules;
        private final Map<SchoolId, Map<String, SchoolScore>> parts = new HashMap<>();
        private final Map<SchoolId, SchoolSetup> setups = new HashMap<>();
        private final Map<TeacherId, OnlineWork> works = new HashMap<>();
        private final java.util.Set<TeacherId> read = new java.util.HashSet<>();

        public Context(CountyId county, ProgrammeId programme, ProgrammeSettings settings, List<OnlineModule> modules) {
            this.county = county;
            this.programme = programme;
            this.settings = settings;
            this.modules = List.copyOf(modules);
        }

        CountyId county() {
            return county;
        }

        ProgrammeId programme() {
            return programme;
        }

        ProgrammeSettings settings() {
            return settings;
        }

        List<OnlineModule> modules() {
            return modules;
        }
    }
}
