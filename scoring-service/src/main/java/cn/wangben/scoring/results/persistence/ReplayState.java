package cn.wangben.scoring.results.persistence;

import static cn.wangben.scoring.results.persistence.Upserts.date;
import static cn.wangben.scoring.results.persistence.Upserts.key;

import cn.wangben.contracts.DomainEvent;
import cn.wangben.contracts.assignment.EssayGraded;
import cn.wangben.contracts.assignment.EssayMissed;
import cn.wangben.contracts.assignment.EssaySubmitted;
import cn.wangben.contracts.assignment.ModuleGradesReleased;
import cn.wangben.contracts.assignment.ModuleScheduled;
import cn.wangben.contracts.identity.SchoolRegistered;
import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.ProgrammeId;
import cn.wangben.contracts.ids.SchoolId;
import cn.wangben.contracts.plan.ProgrammePublished;
import cn.wangben.contracts.plan.ProgrammeRevised;
import cn.wangben.contracts.plan.RosterImported;
import cn.wangben.contracts.plan.SchoolCancelled;
import cn.wangben.contracts.plan.SchoolPlanApproved;
import cn.wangben.contracts.plan.SchoolPlanReturned;
import cn.wangben.contracts.plan.SchoolPlanSubmitted;
import cn.wangben.contracts.plan.SchoolReinstated;
import cn.wangben.contracts.plan.TeacherEnrolled;
import cn.wangben.contracts.plan.TeacherExempted;
import cn.wangben.contracts.plan.TeachersRostered;
import cn.wangben.scoring.facts.persistence.FactDocuments;
import cn.wangben.scoring.results.PlanStatus;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;

/**
 * The facts of a replay, kept in memory as the very documents the live writes produce, by the same rules (highest
 * revision, latest instant with the same tie-breaks, earliest submission, most attempts, {@code $min} instants). A
 * rebuild test compares the dashboards before and after, so a rule that drifted from the live one shows.
 */
final class ReplayState {
    final Map<String, Document> programmes = new LinkedHashMap<>();
    final Map<String, Document> modules = new LinkedHashMap<>();
    final Map<String, Document> trainees = new LinkedHashMap<>();
    final Map<String, Document> work = new LinkedHashMap<>();
    final Map<String, Document> setups = new LinkedHashMap<>();
    final Map<String, Document> names = new LinkedHashMap<>();
    final Map<String, Document> plans = new LinkedHashMap<>();
    final Map<String, Document> rosters = new LinkedHashMap<>();
    final Map<String, Document> batches = new LinkedHashMap<>();
    final Map<String, Document> accounts = new LinkedHashMap<>();
    private final Map<String, String> sharedIds = new HashMap<>();
    private final ZoneId zone;

    ReplayState(ZoneId zone) {
        this.zone = zone;
    }

    void accept(DomainEvent e) {
        if (e instanceof ProgrammePublished p) {
            programme(
                    p.countyId(),
                    p.programmeId(),
                    p.name(),
                    p.timeZone(),
                    p.onlinePoints(),
                    p.schoolPoints(),
                    p.passMark(),
                    p.creditedHours(),
                    p.schoolPlanDeadline(),
                    p.schoolScoringDeadline(),
                    0);
        } else if (e instanceof ProgrammeRevised p) {
            programme(
                    p.countyId(),
                    p.programmeId(),
                    p.name(),
                    p.timeZone(),
                    p.onlinePoints(),
                    p.schoolPoints(),
                    p.passMark(),
                    p.creditedHours(),
                    p.schoolPlanDeadline(),
                    p.schoolScoringDeadline(),
                    p.revision());
        } else if (e instanceof ModuleScheduled m) {
            Document d = doc(modules, key(m.countyId().value(), m.moduleId().value()));
            if (older(d.getDate("scheduledAt"), m.occurredAt())) {
                d.append("countyId", m.countyId().value())
                        .append("programmeId", m.programmeId().value())
                        .append("moduleId", m.moduleId().value())
                        .append("title", m.title())
                        .append("opensAt", date(m.opensAt()))
                        .append("dueAt", date(m.dueAt()))
                        .append("maxPoints", m.maxPoints())
                        .append("scheduledAt", date(m.occurredAt()));
            }
        } else if (e instanceof ModuleGradesReleased r) {
            Document d = doc(modules, key(r.countyId().value(), r.moduleId().value()))
                    .append("countyId", r.countyId().value())
                    .append("programmeId", r.programmeId().value())
                    .append("moduleId", r.moduleId().value());
            min(d, "releasedAt", r.occurredAt());
        } else if (e instanceof TeacherEnrolled t) {
            Document d = trainee(t.countyId(), t.programmeId(), t.schoolId(), t.teacherKey())
                    .append(
                            "teacherId",
                            t.teacherId() == null ? null : t.teacherId().value());
            min(d, "enrolledAt", t.occurredAt());
            if (t.teacherId() != null) {
                String account = key(
                        t.countyId().value(),
                        t.programmeId().value(),
                        t.teacherId().value());
                doc(accounts, account)
                        .append("teacherId", t.teacherId().value())
                        .append("teacherKey", t.teacherKey());
            }
        } else if (e instanceof TeacherExempted t) {
            Document d = trainee(t.countyId(), t.programmeId(), t.schoolId(), t.teacherKey())
                    .append("exemption", t.category() == null ? "免修" : t.category());
            min(d, "exemptedAt", t.occurredAt());
        } else if (e instanceof EssaySubmitted s) {
            Document d = work(
                    s.countyId(),
                    s.programmeId(),
                    s.schoolId(),
                    s.teacherId().value(),
                    s.moduleId().value());
            min(d, "firstSubmittedAt", s.submittedAt());
            d.append("attempts", Math.max(d.get("attempts", Integer.MIN_VALUE), s.attempt()));
            d.computeIfAbsent(ResultDocuments.ATTEMPT_HOURS, k -> new Document());
            d.get(ResultDocuments.ATTEMPT_HOURS, Document.class)
                    .put(
                            String.valueOf(s.attempt()),
                            Date.from(s.submittedAt()
                                    .atZone(zone)
                                    .truncatedTo(ChronoUnit.HOURS)
                                    .toInstant()));
        } else if (e instanceof EssayGraded g) {
            String id = key(
                    g.countyId().value(),
                    g.programmeId().value(),
                    g.teacherId().value(),
                    g.moduleId().value());
            Document stored = work.get(id);
            Document grade = stored == null ? null : stored.get("grade", Document.class);
            if (grade == null || grade.getInteger("revision") < g.revision()) {
                work(
                                g.countyId(),
                                g.programmeId(),
                                g.schoolId(),
                                g.teacherId().value(),
                                g.moduleId().value())
                        .append(
                                "grade",
                                new Document("band", g.band())
                                        .append("score", Upserts.text(g.score()))
                                        .append("revision", g.revision()));
            }
        } else if (e instanceof EssayMissed m) {
            Document d = work(
                    m.countyId(),
                    m.programmeId(),
                    m.schoolId(),
                    m.teacherId().value(),
                    m.moduleId().value());
            min(d, "missedCutoff", m.cutoff());
        } else if (e instanceof SchoolPlanSubmitted s) {
            planStep(s.countyId(), s.programmeId(), s.schoolId(), PlanStatus.SUBMITTED, s.occurredAt(), null);
        } else if (e instanceof SchoolPlanReturned r) {
            planStep(r.countyId(), r.programmeId(), r.schoolId(), PlanStatus.RETURNED, r.occurredAt(), r.comment());
        } else if (e instanceof SchoolPlanApproved a) {
            approved(a);
            planStep(a.countyId(), a.programmeId(), a.schoolId(), PlanStatus.APPROVED, a.occurredAt(), null);
        } else if (e instanceof TeachersRostered b) {
            rostered(b);
        } else if (e instanceof RosterImported r) {
            Document d = setup(r.countyId(), r.programmeId(), r.schoolId());
            Document roster = d.get("roster", Document.class);
            if (roster == null || older(roster.getDate("importedAt"), r.occurredAt())) {
                scope(d, r.countyId(), r.programmeId(), r.schoolId())
                        .append(
                                "roster",
                                new Document("importedAt", date(r.occurredAt())).append("teachers", r.teachers()));
            }
        } else if (e instanceof SchoolCancelled c) {
            standing(c.countyId(), c.programmeId(), c.schoolId(), true, c.missing(), null, c.occurredAt());
        } else if (e instanceof SchoolReinstated r) {
            standing(r.countyId(), r.programmeId(), r.schoolId(), false, List.of(), r.reason(), r.occurredAt());
        } else if (e instanceof SchoolRegistered r) {
            names.put(
                    key(r.countyId().value(), r.schoolId().value()),
                    new Document("_id", key(r.countyId().value(), r.schoolId().value()))
                            .append("countyId", r.countyId().value())
                            .append("schoolId", r.schoolId().value())
                            .append("name", r.name()));
        }
    }

    private void programme(
            CountyId county,
            ProgrammeId programme,
            String name,
            String timeZone,
            int onlinePoints,
            int schoolPoints,
            int passMark,
            int creditedHours,
            Instant planDeadline,
            Instant scoringDeadline,
            int revision) {
        String id = key(county.value(), programme.value());
        Document stored = programmes.get(id);
        if (stored != null && stored.getInteger("revision") >= revision) {
            return;
        }
        programmes.put(
                id,
                new Document("_id", id)
                        .append("countyId", county.value())
                        .append("programmeId", programme.value())
                        .append("name", name)
                        .append("zone", (timeZone == null ? zone : ZoneId.of(timeZone)).getId())
                        .append("onlinePoints", onlinePoints)
                        .append("schoolPoints", schoolPoints)
                        .append("passMark", passMark)
                        .append("creditedHours", creditedHours)
                        .append("planDeadline", date(planDeadline))
                        .append("scoringDeadline", date(scoringDeadline))
                        .append("revision", revision));
    }

    private Document trainee(CountyId county, ProgrammeId programme, SchoolId school, String teacherKey) {
        return scope(doc(trainees, key(county.value(), programme.value(), teacherKey)), county, programme, school)
                .append("teacherKey", teacherKey);
    }

    private Document work(CountyId county, ProgrammeId programme, SchoolId school, String teacher, String module) {
        Document d = doc(work, key(county.value(), programme.value(), teacher, module))
                .append("countyId", shared(county.value()))
                .append("programmeId", shared(programme.value()))
                .append("teacherId", teacher)
                .append("moduleId", shared(module));
        return school == null ? d : d.append("schoolId", shared(school.value()));
    }

    private void planStep(
            CountyId county, ProgrammeId programme, SchoolId school, PlanStatus step, Instant at, String comment) {
        Document d = setup(county, programme, school);
        Document plan = d.get("plan", Document.class);
        if (plan == null || wins(plan.getDate("at"), plan.getInteger("rank"), at, step.rank())) {
            scope(d, county, programme, school)
                    .append(
                            "plan",
                            new Document("status", step.name())
                                    .append("at", date(at))
                                    .append("rank", step.rank())
                                    .append("comment", comment));
        }
    }

    private void standing(
            CountyId county,
            ProgrammeId programme,
            SchoolId school,
            boolean cancelled,
            List<String> missing,
            String reason,
            Instant at) {
        Document d = setup(county, programme, school);
        Document standing = d.get("standing", Document.class);
        int rank = cancelled ? 0 : 1;
        if (standing == null || wins(standing.getDate("at"), standing.getInteger("rank"), at, rank)) {
            scope(d, county, programme, school)
                    .append(
                            "standing",
                            new Document("cancelled", cancelled)
                                    .append("missing", missing)
                                    .append("reason", reason)
                                    .append("at", date(at))
                                    .append("rank", rank));
        }
    }

    private void approved(SchoolPlanApproved a) {
        String id =
                key(a.countyId().value(), a.programmeId().value(), a.schoolId().value());
        Document d = doc(plans, id);
        if (older(d.getDate("approvedAt"), a.occurredAt())) {
            scope(d, a.countyId(), a.programmeId(), a.schoolId())
                    .append("planId", a.planId())
                    .append("rubric", FactDocuments.rubric(a.rubric()))
                    .append(
                            "activities",
                            a.activities().stream().map(FactDocuments::activity).toList())
                    .append("approvedAt", date(a.occurredAt()));
        }
    }

    private void rostered(TeachersRostered b) {
        String batch = b.rosterId() + ":" + b.batch();
        batches.put(
                batch,
                new Document("_id", batch)
                        .append("countyId", b.countyId().value())
                        .append("programmeId", b.programmeId().value())
                        .append("schoolId", b.schoolId().value())
                        .append("rosterId", b.rosterId())
                        .append("batch", b.batch())
                        .append("batches", b.batches())
                        .append("occurredAt", date(b.occurredAt()))
                        .append(
                                "teachers",
                                b.teachers().stream()
                                        .map(FactDocuments::teacher)
                                        .toList()));
        Document d = doc(
                rosters,
                key(b.countyId().value(), b.programmeId().value(), b.schoolId().value()));
        if (older(d.getDate("occurredAt"), b.occurredAt())) {
            scope(d, b.countyId(), b.programmeId(), b.schoolId())
                    .append("rosterId", b.rosterId())
                    .append("batches", b.batches())
                    .append("occurredAt", date(b.occurredAt()));
        }
    }

    private Document setup(CountyId county, ProgrammeId programme, SchoolId school) {
        return doc(setups, key(county.value(), programme.value(), school.value()));
    }

    private Document scope(Document d, CountyId county, ProgrammeId programme, SchoolId school) {
        return d.append("countyId", shared(county.value()))
                .append("programmeId", shared(programme.value()))
                .append("schoolId", shared(school.value()));
    }

    /**
     * One string per county, programme, school and module id: every event decodes its own copy, and the replay keeps
     * hundreds of thousands of documents that the collector would otherwise copy with each of them.
     */
    private String shared(String id) {
        return id == null ? null : sharedIds.computeIfAbsent(id, k -> k);
    }

    private static Document doc(Map<String, Document> collection, String id) {
        return collection.computeIfAbsent(id, k -> new Document("_id", k));
    }

    private static void min(Document d, String field, Instant at) {
        Date stored = d.getDate(field);
        if (at != null && (stored == null || Date.from(at).before(stored))) {
            d.put(field, Date.from(at));
        }
    }

    private static boolean older(Date stored, Instant at) {
        return stored == null || stored.before(Date.from(at));
    }

    /** Later instant wins; on the same instant the higher rank. */
    private static boolean wins(Date stored, Integer storedRank, Instant at, int rank) {
        Date when = Date.from(at);
        return stored == null || stored.before(when) || (stored.equals(when) && storedRank < rank);
    }
}
