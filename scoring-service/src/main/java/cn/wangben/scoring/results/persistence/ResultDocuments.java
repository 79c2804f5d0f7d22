package cn.wangben.scoring.results.persistence;

import static cn.wangben.scoring.results.persistence.Upserts.instant;
import static cn.wangben.scoring.results.persistence.Upserts.key;

import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.ModuleId;
import cn.wangben.contracts.ids.ProgrammeId;
import cn.wangben.contracts.ids.SchoolId;
import cn.wangben.contracts.ids.TeacherId;
import cn.wangben.scoring.facts.Trainee;
import cn.wangben.scoring.results.Grade;
import cn.wangben.scoring.results.ModuleWork;
import cn.wangben.scoring.results.OnlineWork;
import cn.wangben.scoring.results.ProgrammeSettings;
import cn.wangben.scoring.results.WorkFact;
import com.mongodb.client.model.Updates;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.bson.conversions.Bson;

/** How the results facts look as documents: the scope every fact carries, and reading documents back. */
final class ResultDocuments {
    private ResultDocuments() {}

    static Bson scope(CountyId county, ProgrammeId programme, SchoolId school) {
        return Updates.combine(
                Updates.set("countyId", county.value()),
                Updates.set("programmeId", programme.value()),
                Updates.set("schoolId", school.value()));
    }

    static Bson moduleScope(CountyId county, ProgrammeId programme, String module) {
        return Updates.combine(
                Updates.set("countyId", county.value()),
                Updates.set("programmeId", programme.value()),
                Updates.set("moduleId", module));
    }

    /** An online event without a school (none in the token) keeps the school an earlier event named. */
    static Bson workScope(CountyId county, ProgrammeId programme, SchoolId school, TeacherId teacher, ModuleId module) {
        Bson base = Updates.combine(
                Updates.set("countyId", county.value()),
                Updates.set("programmeId", programme.value()),
                Updates.set("teacherId", teacher.value()),
                Updates.set("moduleId", module.value()));
        return school == null ? base : Updates.combine(base, Updates.set("schoolId", school.value()));
    }

    /** One document per (teacher, module): the unit the counters settle. */
    static String workKey(CountyId county, ProgrammeId programme, TeacherId teacher, ModuleId module) {
        return key(county.value(), programme.value(), teacher.value(), module.value());
    }

    static ProgrammeSettings settings(Document d) {
        return new ProgrammeSettings(
                CountyId.of(d.getString("countyId")),
                ProgrammeId.of(d.getString("programmeId")),
                d.getString("name"),
                ZoneId.of(d.getString("zone")),
                d.getInteger("onlinePoints"),
                d.getInteger("schoolPoints"),
                d.getInteger("passMark"),
                d.getInteger("creditedHours"),
                instant(d.getDate("planDeadline")),
                instant(d.getDate("scoringDeadline")),
                d.getInteger("revision"));
    }

    static Trainee trainee(Document d) {
        String teacherId = d.getString("teacherId");
        return new Trainee(
                d.getString("teacherKey"),
                SchoolId.of(d.getString("schoolId")),
                teacherId == null ? null : TeacherId.of(teacherId),
                d.getString("exemption"));
    }

    static ModuleWork moduleWork(Document w) {
        Document g = w.get("grade", Document.class);
        Grade grade = g == null
                ? null
                : new Grade(g.getString("band"), Upserts.number(g.getString("score")), g.getInteger("revision"));
        return new ModuleWork(
                ModuleId.of(w.getString("moduleId")),
                instant(w.getDate("firstSubmittedAt")),
                w.get("attempts", 0),
                grade,
                instant(w.getDate("missedCutoff")));
    }

    /** The attempt hours are kept as {@code hrs.<attempt>}: set once per attempt, so a redelivery changes nothing. */
    static final String ATTEMPT_HOURS = "hrs";

    static WorkFact workFact(Document d) {
        Map<Integer, Instant> hours = new HashMap<>();
        Document stored = d.get(ATTEMPT_HOURS, Document.class);
        if (stored != null) {
            stored.forEach((attempt, hour) -> hours.put(Integer.valueOf(attempt), ((Date) hour).toInstant()));
        }
        return new WorkFact(school(d), moduleWork(d), hours);
    }

    static SchoolId school(Document d) {
        String school = d.getString("schoolId");
        return school == null ? null : SchoolId.of(school);
    }

    /** The (teacher, module) documents grouped back into each account's work; the school is the one last named. */
    static List<OnlineWork> work(Iterable<Document> documents) {
        Map<String, List<Document>> byTeacher = new LinkedHashMap<>();
        for (Document d : documents) {
            byTeacher
                    .computeIfAbsent(d.getString("teacherId"), k -> new ArrayList<>())
                    .add(d);
        }
        List<OnlineWork> work = new ArrayList<>();
        byTeacher.forEach((teacher, docs) -> {
            Map<ModuleId, ModuleWork> modules = new HashMap<>();
            SchoolId school = null;
            for (Document d : docs) {
                ModuleWork w = moduleWork(d);
                modules.put(w.module(), w);
                school = school == null ? school(d) : school;
            }
            work.add(new OnlineWork(TeacherId.of(teacher), school, modules));
        });
        return work;
    }
}
