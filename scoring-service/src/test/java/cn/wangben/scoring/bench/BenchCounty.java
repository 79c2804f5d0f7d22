package cn.wangben.scoring.bench;

import cn.wangben.contracts.DomainEvent;
import cn.wangben.contracts.assignment.EssayGraded;
import cn.wangben.contracts.assignment.EssayMissed;
import cn.wangben.contracts.assignment.EssaySubmitted;
import cn.wangben.contracts.assignment.ModuleGradesReleased;
import cn.wangben.contracts.assignment.ModuleScheduled;
import cn.wangben.contracts.identity.SchoolRegistered;
import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.EventId;
import cn.wangben.contracts.ids.ModuleId;
import cn.wangben.contracts.ids.ProgrammeId;
import cn.wangben.contracts.ids.SchoolId;
import cn.wangben.contracts.ids.SubmissionId;
import cn.wangben.contracts.ids.TeacherId;
import cn.wangben.contracts.plan.RosterImported;
import cn.wangben.contracts.plan.SchoolPlanSubmitted;
import cn.wangben.contracts.plan.TeacherEnrolled;
import cn.wangben.contracts.plan.TeacherExempted;
import cn.wangben.scoring.story.CountyStory;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.function.Consumer;

/**
 * One generated county for the benchmarks: a programme, three modules, schools that registered, submitted a plan and
 * imported a roster, and their teachers' events (enrolled, a few exempt, submissions, grades, missed cutoffs),
 * produced one at a time so a million teachers need not be held in memory.
 */
public final class BenchCounty {
    static final Instant DUE_1 = Instant.parse("2026-12-15T16:00:00Z");
    static final String[] BANDS = {"优秀", "良好", "一般"};
    public final CountyId county;
    public final ProgrammeId programme;
    final int schools;
    final String tag;

    public BenchCounty(String tag, int schools) {
        this.tag = tag;
        this.county = CountyId.of("bench-" + tag);
        this.programme = ProgrammeId.of("p-" + tag);
        this.schools = schools;
    }

    SchoolId school(int s) {
        return SchoolId.of(tag + "-s" + s);
    }

    ModuleId module(int m) {
        return ModuleId.of(tag + "-m" + m);
    }

    TeacherId teacher(long t) {
        return TeacherId.of(tag + "-t" + t);
    }

    SchoolId schoolOf(long t) {
        return school((int) (t % schools));
    }

    /** The programme, its modules and its schools (about four events per school). */
    public void setup(Consumer<DomainEvent> sink) {
        sink.accept(CountyStory.programmePublished(county, programme));
        for (int m = 1; m <= 3; m++) {
            Instant due = DUE_1.plusSeconds(604_800L * (m - 1));
            sink.accept(new ModuleScheduled(
                    id(),
                    county,
                    at("2026-12-02T00:00:00Z"),
                    module(m),
                    programme,
                    "板块" + m,
                    due.minusSeconds(604_800),
                    due,
                    20));
        }
        for (int s = 0; s < schools; s++) {
            sink.accept(new SchoolRegistered(
                    id(), county, at("2026-11-20T00:00:00Z"), school(s), "S" + s, "学校" + s, "小学", "bench"));
            sink.accept(new SchoolPlanSubmitted(
                    id(), county, at("2026-12-10T01:00:00Z"), "plan-" + s, programme, school(s), "bench"));
            sink.accept(new RosterImported(
                    id(), county, at("2026-12-11T01:00:00Z"), "r-" + s, programme, school(s), 100, 1, 0, "bench"));
        }
    }

    /**
     * Teacher {@code t}'s events: enrolled (one in fifty exempt), module 1 submitted by four in five (most graded,
     * the rest missed), module 2 by one in two; about three events per teacher.
     */
    public void teacher(long t, Consumer<DomainEvent> sink) {
        String key = tag + "-k" + t;
        if (t % 50 == 0) {
            sink.accept(new TeacherExempted(
                    id(), county, at("2026-12-07T02:00:00Z"), programme, schoolOf(t), key, "国培送教", "名单", "bench"));
            return;
        }
        sink.accept(new TeacherEnrolled(
                id(), county, at("2026-12-07T01:00:00Z"), programme, schoolOf(t), key, teacher(t), "t" + t));
        if (t % 5 != 0) {
            sink.accept(submitted(t, 1, DUE_1.minusSeconds(3600 + t % 86_400)));
            if (t % 5 != 1) {
                sink.accept(graded(t, 1, BANDS[(int) (t % 3)], new BigDecimal((12 + t % 9) + ".5")));
            }
        } else {
            sink.accept(new EssayMissed(id(), county, DUE_1, module(1), programme, teacher(t), schoolOf(t), DUE_1));
        }
        if (t % 2 == 0) {
            sink.accept(submitted(t, 2, DUE_1.plusSeconds(86_400 + t % 86_400)));
        }
    }

    /**
     * A lighter teacher for the million-teacher load (mongo-java-server keeps every document in the heap): enrolled
     * (one in fifty exempt); one in ten submits module 1 and is graded; about 1.2 events per teacher.
     */
    public void lightTeacher(long t, Consumer<DomainEvent> sink) {
        String key = tag + "-k" + t;
        if (t % 50 == 0) {
            sink.accept(new TeacherExempted(
                    id(), county, at("2026-12-07T02:00:00Z"), programme, schoolOf(t), key, "国培送教", "名单", "bench"));
            return;
        }
        sink.accept(new TeacherEnrolled(
                id(), county, at("2026-12-07T01:00:00Z"), programme, schoolOf(t), key, teacher(t), "t" + t));
        if (t % 10 == 1) {
            sink.accept(submitted(t, 1, DUE_1.minusSeconds(3600 + t % 86_400)));
            sink.accept(graded(t, 1, BANDS[(int) (t % 3)], new BigDecimal((12 + t % 9) + ".5")));
        }
    }

    EssaySubmitted submitted(long t, int m, Instant at) {
        return new EssaySubmitted(
                id(),
                county,
                at,
                SubmissionId.random(),
                module(m),
                programme,
                teacher(t),
                schoolOf(t),
                at,
                "00",
                800,
                1);
    }

    EssayGraded graded(long t, int m, String band, BigDecimal score) {
        return new EssayGraded(
                id(),
                county,
                DUE_1.plusSeconds(7200),
                SubmissionId.random(),
                module(m),
                programme,
                teacher(t),
                schoolOf(t),
                band,
                score,
                1,
                "bench");
    }

    public ModuleGradesReleased released(int m) {
        return new ModuleGradesReleased(id(), county, DUE_1.plusSeconds(172_800), module(m), programme, "bench");
    }

    private static EventId id() {
        return EventId.random();
    }

    private static Instant at(String instant) {
        return Instant.parse(instant);
    }
}
