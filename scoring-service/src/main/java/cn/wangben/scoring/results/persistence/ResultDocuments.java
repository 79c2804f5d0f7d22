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
        return trainee(d, SchoolId.of(d.getString("schoolId")));
    }

    /** @param school the document's school, already read */
    static Trainee trainee(Document d, SchoolId school) {
        String teacherId = d.getString("teacherId");
        return new Trainee(
                d.getString("teacherKey"),
                school,
                teacherId == null ? null : TeacherId.of(teacherId),
                d.getString("exemption"));
    }

    static ModuleWork moduleWork(Document w) {
        return moduleWork(w, ModuleId.of(w.getString("moduleId")));
    }

    /** @param module the document's module, already read (a rebuild reads each module's id once) */
    static ModuleWork moduleWork(Document w, ModuleId module) {
        Document g = w.get("grade", Document.class);
        Grade grade = g == null
                ? null
                : new Grade(g.getString("band"), Upserts.number(g.getString("score")), g.getInteger("revision"));
        return new ModuleWork(
                module,
                instant(w.getDate("firstSubmittedAt")),
                w.get("attempts", 0),
                grade,
                instant(w.getDate("missedCutoff")));
    }

    /** The attempt hours are kept as {@code hrs.<attempt>}: set once per attempt, so a redelivery changes nothing. */
    static final String ATTEMPT_HOURS = "hrs";

    static WorkFact workFact(Document d) {
        return new WorkFact(school(d), moduleWork(d), attemptHours(d));
    }

    static Map<Integer, Instant> attemptHours(Document d) {
        Map<Integer, Instant> hours = new HashMap<>();
        Document stored = d.get(ATTEMPT_HOURS, Document.class);
        if (stored != null) {
            stored.forEach((attempt, hour) -> hours.put(Integer.valueOf(attempt), ((Date) hour).toInstant()));
        }
        return hours;
    }

    static SchoolId school(Document d) {
        String school = d.getString("schoolId");
        return school == null ? null : SchoolId.of(school);
    }

    /** The (teacher, module) documents grouped back into each account's work; the school is the one last named. */
    static List<OnlineWork> work(Iterable<Document> documents) {
        Accounts accounts = new Accounts();
        for (Document d : documents) {
            accounts.add(d.getString("teacherId"), school(d), moduleWork(d));
        }
        return accounts.work();
    }

    /** Each account's work, gathered a (teacher, module) fact at a time in the facts' order. */
    static final class Accounts {
        private final Map<String, Account> byTeacher = new LinkedHashMap<>();

        void add(String teacher, SchoolId school, ModuleWork work) {
            Account a = byTeacher.computeIfAbsent(teacher, Account::new);
            a.work = null;
            a.modules.put(work.module(), work);
            // the first fact that names a school gives the account's school
            a.school = a.school == null ? school : a.school;
        }

        /** {@code null} without facts of the account. */
        OnlineWork of(String teacher) {
            Account a = byTeacher.get(teacher);
            return a == null ? null : a.work();
        }

        List<OnlineWork> work() {
            List<OnlineWork> work = new ArrayList<>();
            byTeacher.values().forEach(a -> work.add(a.work()));
            return work;
        }
    }

    private static final class Account {
        private final String teacher;
        private final Map<ModuleId, ModuleWork> modules = new HashMap<>();
        private SchoolId school;
        private OnlineWork work;

        Account(String teacher) {
            this.teacher = teacher;
        }

        OnlineWork work() {
            if (work == null) {
                work = new OnlineWork(TeacherId.of(teacher), school, modules);
            }
            return work;
        }
    }
}
