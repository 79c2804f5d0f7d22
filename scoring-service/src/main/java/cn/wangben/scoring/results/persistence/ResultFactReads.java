package cn.wangben.scoring.results.persistence;

import static cn.wangben.scoring.results.persistence.Upserts.instant;
import static cn.wangben.scoring.results.persistence.Upserts.key;

import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.ModuleId;
import cn.wangben.contracts.ids.ProgrammeId;
import cn.wangben.contracts.ids.SchoolId;
import cn.wangben.contracts.ids.TeacherId;
import cn.wangben.scoring.facts.Trainee;
import cn.wangben.scoring.results.OnlineModule;
import cn.wangben.scoring.results.OnlineWork;
import cn.wangben.scoring.results.PlanStatus;
import cn.wangben.scoring.results.ProgrammeSettings;
import cn.wangben.scoring.results.ResultFacts;
import cn.wangben.scoring.results.SchoolSetup;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Reads of the results facts; {@link MongoResultFacts} adds the writes. */
abstract class ResultFactReads implements ResultFacts {
    static final String PROGRAMMES = "results_programmes";
    static final String MODULES = "results_modules";
    static final String TRAINEES = "results_trainees";
    static final String WORK = "results_work";
    static final String SETUPS = "results_setups";
    static final String SCHOOL_NAMES = "results_school_names";
    /** The trainee each account is enrolled as, by county, programme and account: a lookup by id, not a search. */
    static final String ACCOUNTS = "results_trainee_accounts";

    private final MongoTemplate mongo;

    ResultFactReads(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    MongoCollection<Document> collection(String name) {
        return mongo.getCollection(name);
    }

    @Override
    public Optional<ProgrammeSettings> programme(CountyId county, ProgrammeId programme) {
        return Optional.ofNullable(collection(PROGRAMMES)
                        .find(Filters.eq("_id", key(county.value(), programme.value())))
                        .first())
                .map(ResultDocuments::settings);
    }

    @Override
    public List<ProgrammeSettings> programmes(CountyId county) {
        return collection(PROGRAMMES)
                .find(Filters.eq("countyId", county.value()))
                .map(ResultDocuments::settings)
                .into(new ArrayList<>());
    }

    @Override
    public List<OnlineModule> modules(CountyId county, ProgrammeId programme) {
        return modules(
                Filters.and(Filters.eq("countyId", county.value()), Filters.eq("programmeId", programme.value())));
    }

    @Override
    public List<OnlineModule> modules(CountyId county) {
        return modules(Filters.eq("countyId", county.value()));
    }

    @Override
    public Optional<OnlineModule> module(CountyId county, ModuleId module) {
        return modules(Filters.eq("_id", key(county.value(), module.value()))).stream()
                .findFirst();
    }

    @Override
    public Map<String, Trainee> trainees(CountyId county, ProgrammeId programme, SchoolId school) {
        Map<String, Trainee> trainees = new LinkedHashMap<>();
        collection(TRAINEES)
                .find(scope(county, programme, school))
                .forEach(d -> trainees.put(d.getString("teacherKey"), ResultDocuments.trainee(d)));
        return trainees;
    }

    @Override
    public Map<TeacherId, Trainee> traineesOfAccounts(
            CountyId county, ProgrammeId programme, Collection<TeacherId> teachers) {
        Map<String, TeacherId> byKey = new HashMap<>();
        collection(ACCOUNTS)
                .find(Filters.in(
                        "_id",
                        teachers.stream()
                                .map(t -> key(county.value(), programme.value(), t.value()))
                                .toList()))
                .forEach(d -> byKey.put(
                        key(county.value(), programme.value(), d.getString("teacherKey")),
                        TeacherId.of(d.getString("teacherId"))));
        Map<TeacherId, Trainee> trainees = new HashMap<>();
        if (!byKey.isEmpty()) {
            collection(TRAINEES)
                    .find(Filters.in("_id", byKey.keySet()))
                    .forEach(d -> trainees.put(byKey.get(d.getString("_id")), ResultDocuments.trainee(d)));
        }
        return trainees;
    }

    @Override
    public List<OnlineWork> work(
            CountyId county, ProgrammeId programme, SchoolId school, Collection<TeacherId> accounts) {
        Bson mine = accounts.isEmpty()
                ? Filters.eq("schoolId", school.value())
                : Filters.or(
                        Filters.eq("schoolId", school.value()),
                        Filters.in(
                                "teacherId",
                                accounts.stream().map(TeacherId::value).toList()));
        return ResultDocuments.work(collection(WORK)
                .find(Filters.and(
                        Filters.eq("countyId", county.value()), Filters.eq("programmeId", programme.value()), mine)));
    }

    @Override
    public Map<TeacherId, OnlineWork> workOf(CountyId county, ProgrammeId programme, Collection<TeacherId> teachers) {
        // by id, one per module of the programme: an id lookup on any server, however many facts are stored
        List<ModuleId> modules =
                modules(county, programme).stream().map(OnlineModule::id).toList();
        List<String> ids = new ArrayList<>();
        teachers.forEach(t -> modules.forEach(m -> ids.add(ResultDocuments.workKey(county, programme, t, m))));
        Map<TeacherId, OnlineWork> work = new HashMap<>();
        if (!ids.isEmpty()) {
            ResultDocuments.work(collection(WORK).find(Filters.in("_id", ids))).forEach(w -> work.put(w.teacher(), w));
        }
        return work;
    }

    @Override
    public List<Trainee> trainees(CountyId county, ProgrammeId programme) {
        return collection(TRAINEES)
                .find(Filters.and(Filters.eq("countyId", county.value()), Filters.eq("programmeId", programme.value())))
                .map(ResultDocuments::trainee)
                .into(new ArrayList<>());
    }

    @Override
    public SchoolSetup setup(CountyId county, ProgrammeId programme, SchoolId school) {
        Document d = collection(SETUPS)
                .find(Filters.eq("_id", key(county.value(), programme.value(), school.value())))
                .first();
        return d == null ? SchoolSetup.none() : setup(d);
    }

    static SchoolSetup setup(Document d) {
        Document plan = d.get("plan", new Document());
        Document roster = d.get("roster", new Document());
        Document standing = d.get("standing", new Document());
        return new SchoolSetup(
                PlanStatus.valueOf(plan.get("status", PlanStatus.NONE.name())),
                instant(plan.getDate("at")),
                plan.getString("comment"),
                instant(roster.getDate("importedAt")),
                roster.get("teachers", 0),
                standing.getBoolean("cancelled", false),
                standing.getList("missing", String.class, List.of()));
    }

    @Override
    public List<SchoolId> schools(CountyId county, ProgrammeId programme) {
        Bson inProgramme =
                Filters.and(Filters.eq("countyId", county.value()), Filters.eq("programmeId", programme.value()));
        TreeSet<String> schools = new TreeSet<>();
        for (String name : List.of(TRAINEES, WORK, SETUPS)) {
            for (String school : collection(name).distinct("schoolId", inProgramme, String.class)) {
                if (school != null) {
                    schools.add(school);
                }
            }
        }
        return schools.stream().map(SchoolId::of).toList();
    }

    @Override
    public Map<SchoolId, String> schoolNames(CountyId county) {
        Map<SchoolId, String> names = new HashMap<>();
        collection(SCHOOL_NAMES)
                .find(Filters.eq("countyId", county.value()))
                .forEach(d -> names.put(SchoolId.of(d.getString("schoolId")), d.getString("name")));
        return names;
    }

    @Override
    public Map<SchoolId, String> schoolNames(CountyId county, Collection<SchoolId> schools) {
        Map<SchoolId, String> names = new HashMap<>();
        List<String> ids =
                schools.stream().map(s -> key(county.value(), s.value())).toList();
        if (!ids.isEmpty()) {
            collection(SCHOOL_NAMES)
                    .find(Filters.in("_id", ids))
                    .forEach(d -> names.put(SchoolId.of(d.getString("schoolId")), d.getString("name")));
        }
        return names;
    }

    private List<OnlineModule> modules(Bson filter) {
        return collection(MODULES).find(filter).map(ResultFactReads::module).into(new ArrayList<>());
    }

    static OnlineModule module(Document d) {
        return new OnlineModule(
                CountyId.of(d.getString("countyId")),
                ProgrammeId.of(d.getString("programmeId")),
                ModuleId.of(d.getString("moduleId")),
                d.getString("title"),
                instant(d.getDate("opensAt")),
                instant(d.getDate("dueAt")),
                d.get("maxPoints", 0),
                instant(d.getDate("releasedAt")));
    }

    private static Bson scope(CountyId county, ProgrammeId programme, SchoolId school) {
        return Filters.and(
                Filters.eq("countyId", county.value()),
                Filters.eq("programmeId", programme.value()),
                Filters.eq("schoolId", school.value()));
    }
}
