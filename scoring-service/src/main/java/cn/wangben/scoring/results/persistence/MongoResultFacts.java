package cn.wangben.scoring.results.persistence;

import static cn.wangben.scoring.results.persistence.Upserts.date;
import static cn.wangben.scoring.results.persistence.Upserts.key;
import static cn.wangben.scoring.results.persistence.Upserts.olderThan;

import cn.wangben.contracts.DomainEvent;
import cn.wangben.contracts.assignment.EssayGraded;
import cn.wangben.contracts.assignment.EssayMissed;
import cn.wangben.contracts.assignment.EssaySubmitted;
import cn.wangben.contracts.assignment.ModuleGradesReleased;
import cn.wangben.contracts.assignment.ModuleScheduled;
import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.ProgrammeId;
import cn.wangben.contracts.ids.SchoolId;
import cn.wangben.contracts.plan.RosterImported;
import cn.wangben.contracts.plan.TeacherEnrolled;
import cn.wangben.contracts.plan.TeacherExempted;
import cn.wangben.scoring.results.PlanStatus;
import cn.wangben.scoring.results.ProgrammeSettings;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

/** Writes of the results facts; every one idempotent and order-tolerant (see {@link Upserts}). */
@Repository
class MongoResultFacts extends ResultFactReads {

    MongoResultFacts(MongoTemplate mongo) {
        super(mongo);
        createIndexes(mongo);
    }

    /** Also called after a rebuild swapped fresh collections in. */
    static void createIndexes(MongoTemplate mongo) {
        createIndexes(mongo, "");
    }

    /** The indexes, on the collections named with {@code suffix} (a rebuild's fresh ones before they are filled). */
    static void createIndexes(MongoTemplate mongo, String suffix) {
        for (String scoped : List.of(TRAINEES, WORK, SETUPS)) {
            mongo.getCollection(scoped + suffix).createIndex(Indexes.ascending("countyId", "programmeId", "schoolId"));
        }
        mongo.getCollection(TRAINEES + suffix).createIndex(Indexes.ascending("countyId", "programmeId", "teacherId"));
        mongo.getCollection(WORK + suffix).createIndex(Indexes.ascending("countyId", "programmeId", "teacherId"));
        mongo.getCollection(WORK + suffix).createIndex(Indexes.ascending("countyId", "moduleId"));
        mongo.getCollection(MODULES + suffix).createIndex(Indexes.ascending("countyId", "programmeId"));
        mongo.getCollection(PROGRAMMES + suffix).createIndex(Indexes.ascending("countyId"));
        mongo.getCollection(SCHOOL_NAMES + suffix).createIndex(Indexes.ascending("countyId"));
    }

    @Override
    public void rememberProgramme(ProgrammeSettings s) {
        Upserts.unlessAsNew(
                collection(PROGRAMMES),
                key(s.county().value(), s.id().value()),
                Filters.or(Filters.exists("revision", false), Filters.lt("revision", s.revision())),
                Updates.combine(
                        Updates.set("countyId", s.county().value()),
                        Updates.set("programmeId", s.id().value()),
                        Updates.set("name", s.name()),
                        Updates.set("zone", s.zone().getId()),
                        Updates.set("onlinePoints", s.onlinePoints()),
                        Updates.set("schoolPoints", s.schoolPoints()),
                        Updates.set("passMark", s.passMark()),
                        Updates.set("creditedHours", s.creditedHours()),
                        Updates.set("planDeadline", date(s.schoolPlanDeadline())),
                        Updates.set("scoringDeadline", date(s.schoolScoringDeadline())),
                        Updates.set("revision", s.revision())));
    }

    /** A rescheduled module arrives as a newer {@code ModuleScheduled}: the latest one wins. */
    @Override
    public void rememberModule(ModuleScheduled e) {
        Upserts.unlessAsNew(
                collection(MODULES),
                key(e.countyId().value(), e.moduleId().value()),
                olderThan("scheduledAt", e.occurredAt()),
                Updates.combine(
                        ResultDocuments.moduleScope(
                                e.countyId(), e.programmeId(), e.moduleId().value()),
                        Updates.set("title", e.title()),
                        Updates.set("opensAt", date(e.opensAt())),
                        Updates.set("dueAt", date(e.dueAt())),
                        Updates.set("maxPoints", e.maxPoints()),
                        Updates.set("scheduledAt", date(e.occurredAt()))));
    }

    /** The first release is the release; a repeated one keeps the earliest instant. */
    @Override
    public void rememberRelease(ModuleGradesReleased e) {
        Upserts.always(
                collection(MODULES),
                key(e.countyId().value(), e.moduleId().value()),
                Updates.combine(
                        ResultDocuments.moduleScope(
                                e.countyId(), e.programmeId(), e.moduleId().value()),
                        Updates.min("releasedAt", date(e.occurredAt()))));
    }

    @Override
    public void rememberEnrollment(TeacherEnrolled e) {
        Upserts.always(
                collection(TRAINEES),
                key(e.countyId().value(), e.programmeId().value(), e.teacherKey()),
                Updates.combine(
                        ResultDocuments.scope(e.countyId(), e.programmeId(), e.schoolId()),
                        Updates.set("teacherKey", e.teacherKey()),
                        Updates.set(
                                "teacherId",
                                e.teacherId() == null ? null : e.teacherId().value()),
                        Updates.min("enrolledAt", date(e.occurredAt()))));
        if (e.teacherId() != null) {
            Upserts.always(
                    collection(ACCOUNTS),
                    key(
                            e.countyId().value(),
                            e.programmeId().value(),
                            e.teacherId().value()),
                    Updates.combine(
                            Updates.set("teacherId", e.teacherId().value()),
                            Updates.set("teacherKey", e.teacherKey())));
        }
    }

    @Override
    public void rememberExemption(TeacherExempted e) {
        Upserts.always(
                collection(TRAINEES),
                key(e.countyId().value(), e.programmeId().value(), e.teacherKey()),
                Updates.combine(
                        ResultDocuments.scope(e.countyId(), e.programmeId(), e.schoolId()),
                        Updates.set("teacherKey", e.teacherKey()),
                        // an exemption without a category is still an exemption (免修), never a failing trainee
                        Updates.set("exemption", e.category() == null ? "免修" : e.category()),
                        Updates.min("exemptedAt", date(e.occurredAt()))));
    }

    @Override
    public void rememberWork(List<? extends DomainEvent> events, ZoneId zone) {
        List<WriteModel<Document>> writes = new ArrayList<>();
        for (DomainEvent e : events) {
            if (e instanceof EssaySubmitted s) {
                writes.add(submission(
                        s,
                        s.submittedAt()
                                .atZone(zone)
                                .truncatedTo(ChronoUnit.HOURS)
                                .toInstant()));
            } else if (e instanceof EssayGraded g) {
                writes.add(grade(g));
            } else if (e instanceof EssayMissed m) {
                writes.add(missed(m));
            }
        }
        Upserts.all(collection(WORK), writes);
    }

    /** Earliest submission and highest attempt, and each attempt's hour: the same whatever the order or number. */
    private static WriteModel<Document> submission(EssaySubmitted e, Instant hour) {
        return Upserts.always(
                ResultDocuments.workKey(e.countyId(), e.programmeId(), e.teacherId(), e.moduleId()),
                Updates.combine(
                        ResultDocuments.workScope(
                                e.countyId(), e.programmeId(), e.schoolId(), e.teacherId(), e.moduleId()),
                        Updates.min("firstSubmittedAt", date(e.submittedAt())),
                        Updates.max("attempts", e.attempt()),
                        Updates.set(ResultDocuments.ATTEMPT_HOURS + "." + e.attempt(), date(hour))));
    }

    /** The highest revision wins; an older revision arriving late collides and changes nothing. */
    private static WriteModel<Document> grade(EssayGraded e) {
        String grade = "grade";
        return Upserts.unlessAsNew(
                ResultDocuments.workKey(e.countyId(), e.programmeId(), e.teacherId(), e.moduleId()),
                Filters.or(Filters.exists(grade + ".revision", false), Filters.lt(grade + ".revision", e.revision())),
                Updates.combine(
                        ResultDocuments.workScope(
                                e.countyId(), e.programmeId(), e.schoolId(), e.teacherId(), e.moduleId()),
                        Updates.set(grade + ".band", e.band()),
                        Updates.set(grade + ".score", Upserts.text(e.score())),
                        Updates.set(grade + ".revision", e.revision())));
    }

    private static WriteModel<Document> missed(EssayMissed e) {
        return Upserts.always(
                ResultDocuments.workKey(e.countyId(), e.programmeId(), e.teacherId(), e.moduleId()),
                Updates.combine(
                        ResultDocuments.workScope(
                                e.countyId(), e.programmeId(), e.schoolId(), e.teacherId(), e.moduleId()),
                        Updates.min("missedCutoff", date(e.cutoff()))));
    }

    @Override
    public void rememberPlanStep(
            CountyId county, ProgrammeId programme, SchoolId school, PlanStatus step, Instant at, String comment) {
        Date when = date(at);
        Upserts.unlessAsNew(
                collection(SETUPS),
                key(county.value(), programme.value(), school.value()),
                Filters.or(
                        Filters.exists("plan.at", false),
                        Filters.lt("plan.at", when),
                        Filters.and(Filters.eq("plan.at", when), Filters.lt("plan.rank", step.rank()))),
                Updates.combine(
                        ResultDocuments.scope(county, programme, school),
                        Updates.set("plan.status", step.name()),
                        Updates.set("plan.at", when),
                        Updates.set("plan.rank", step.rank()),
                        Updates.set("plan.comment", comment)));
    }

    @Override
    public void rememberRoster(RosterImported e) {
        Upserts.unlessAsNew(
                collection(SETUPS),
                key(e.countyId().value(), e.programmeId().value(), e.schoolId().value()),
                olderThan("roster.importedAt", e.occurredAt()),
                Updates.combine(
                        ResultDocuments.scope(e.countyId(), e.programmeId(), e.schoolId()),
                        Updates.set("roster.importedAt", date(e.occurredAt())),
                        Updates.set("roster.teachers", e.teachers())));
    }

    /** The latest change wins; a reinstatement stamped with the cancellation's own instant wins the tie. */
    @Override
    public void rememberStanding(
            CountyId county,
            ProgrammeId programme,
            SchoolId school,
            boolean cancelled,
            List<String> missing,
            String reason,
            Instant at) {
        Date when = date(at);
        int rank = cancelled ? 0 : 1;
        Upserts.unlessAsNew(
                collection(SETUPS),
                key(county.value(), programme.value(), school.value()),
                Filters.or(
                        Filters.exists("standing.at", false),
                        Filters.lt("standing.at", when),
                        Filters.and(Filters.eq("standing.at", when), Filters.lt("standing.rank", rank))),
                Updates.combine(
                        ResultDocuments.scope(county, programme, school),
                        Updates.set("standing.cancelled", cancelled),
                        Updates.set("standing.missing", missing),
                        Updates.set("standing.reason", reason),
                        Updates.set("standing.at", when),
                        Updates.set("standing.rank", rank)));
    }

    @Override
    public void rememberSchoolName(CountyId county, SchoolId school, String name) {
        Upserts.always(
                collection(SCHOOL_NAMES),
                key(county.value(), school.value()),
                Updates.combine(
                        Updates.set("countyId", county.value()),
                        Updates.set("schoolId", school.value()),
                        Updates.set("name", name)));
    }
}
