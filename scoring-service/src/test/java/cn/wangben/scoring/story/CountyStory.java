package cn.wangben.scoring.story;

import cn.wangben.contracts.EventCatalog;
import cn.wangben.contracts.assignment.EssayGraded;
import cn.wangben.contracts.assignment.EssayMissed;
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
import cn.wangben.contracts.plan.ProgrammePublished;
import cn.wangben.contracts.plan.RosterImported;
import cn.wangben.contracts.plan.RosteredTeacher;
import cn.wangben.contracts.plan.SchoolCancelled;
import cn.wangben.contracts.plan.SchoolPlanApproved;
import cn.wangben.contracts.plan.TeacherEnrolled;
import cn.wangben.contracts.plan.TeacherExempted;
import cn.wangben.contracts.plan.TeachersRostered;
import cn.wangben.scoring.schoolscore.SchoolFixtures;
import cn.wangben.testinfra.EventFixtures;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One county's programme as the other services tell it through Kafka, shared by the results and export stories. School
 * s1 (李文 ka, 王芳 kb, 刘洋 kx exempt) has an approved plan; s2 (陈静 kc) was cancelled. Online: ka 18.0 + 17.5 + 19.0,
 * kb 6.0 + missed + 8.0, kc 20 + 20 + 20. Each story registers its schools and releases the modules itself.
 */
public abstract class CountyStory {
    public static final String PROGRAMME_NAME = "2026-2027第一学期教师网本研修";
    public final String suffix;
    public final CountyId county;
    public final ProgrammeId programme;
    private final EventFixtures events;

    protected CountyStory(EventFixtures events, String suffix) {
        this.events = events;
        this.suffix = suffix;
        this.county = CountyId.of(suffix);
        this.programme = ProgrammeId.of("p" + suffix);
    }

    public String key(String who) {
        return "k" + who + suffix;
    }

    public String account(String who) {
        return "t" + who + suffix;
    }

    public ModuleId module(int n) {
        return ModuleId.of("m" + n + suffix);
    }

    /**
     * The notice's programme as plan-service publishes it: 60 online + 40 school points, pass at 60, 36 hours; enrolment
     * closes at 12-09, school plans are due at 12-14 and school scoring at 12-30 (midnight, Asia/Shanghai); 国培送教 may
     * be exempted.
     */
    public static ProgrammePublished programmePublished(CountyId county, ProgrammeId programme) {
        return programmePublished(county, programme, at("2026-12-29T16:00:00Z"));
    }

    /** The same with another school scoring deadline. */
    public static ProgrammePublished programmePublished(
            CountyId county, ProgrammeId programme, Instant scoringDeadline) {
        return new ProgrammePublished(
                id(),
                county,
                at("2026-12-01T00:00:00Z"),
                programme,
                PROGRAMME_NAME,
                LocalDate.of(2026, 12, 5),
                LocalDate.of(2026, 12, 31),
                "Asia/Shanghai",
                at("2026-12-08T16:00:00Z"),
                60,
                40,
                60,
                36,
                at("2026-12-13T16:00:00Z"),
                scoringDeadline,
                List.of("国培送教"));
    }

    /** The schools as identity registers them, right after the programme is published. */
    protected abstract void registerSchools() throws Exception;

    /** Everything up to the county's releases of the graded modules. */
    protected void publishUpToTheReleases() throws Exception {
        events.publish(EventCatalog.PROGRAMME_PUBLISHED, programmePublished(county, programme));
        registerSchools();
        events.publish(
                EventCatalog.SCHOOL_PLAN_APPROVED,
                new SchoolPlanApproved(
                        id(),
                        county,
                        at("2026-12-12T02:00:00Z"),
                        "plan-s1",
                        programme,
                        SchoolId.of("s1"),
                        SchoolFixtures.hundredPointRubric(),
                        SchoolFixtures.activities(),
                        "county"));
        roster(
                "s1",
                SchoolFixtures.teacher(key("a"), "李文"),
                SchoolFixtures.teacher(key("b"), "王芳"),
                SchoolFixtures.teacher(key("x"), "刘洋"));
        roster("s2", SchoolFixtures.teacher(key("c"), "陈静"));
        enroll("s1", "a");
        enroll("s1", "b");
        enroll("s2", "c");
        events.publish(
                EventCatalog.TEACHER_EXEMPTED,
                new TeacherExempted(
                        id(),
                        county,
                        at("2026-12-07T02:00:00Z"),
                        programme,
                        SchoolId.of("s1"),
                        key("x"),
                        "国培送教",
                        "送教下乡名单",
                        "county"));
        events.publish(
                EventCatalog.SCHOOL_CANCELLED,
                new SchoolCancelled(
                        id(),
                        county,
                        at("2026-12-13T16:00:00Z"),
                        programme,
                        SchoolId.of("s2"),
                        List.of("PLAN"),
                        "deadline"));
        String[] titles = {"队伍建设", "师德师风", "信息技术"};
        for (int m = 1; m <= 3; m++) {
            Instant due = at("2026-12-15T16:00:00Z").plusSeconds(604_800L * (m - 1));
            events.publish(
                    EventCatalog.MODULE_SCHEDULED,
                    new ModuleScheduled(
                            id(),
                            county,
                            at("2026-12-02T00:00:00Z"),
                            module(m),
                            programme,
                            titles[m - 1],
                            due.minusSeconds(604_800),
                            due,
                            20));
        }
        grade("a", 1, "18.0", "优秀");
        grade("a", 2, "17.5", "良好");
        grade("a", 3, "19.0", "优秀");
        grade("b", 1, "6.0", "一般");
        events.publish(
                EventCatalog.ESSAY_MISSED,
                new EssayMissed(
                        id(),
                        county,
                        at("2026-12-22T16:00:00Z"),
                        module(2),
                        programme,
                        TeacherId.of(account("b")),
                        SchoolId.of("s1"),
                        at("2026-12-22T16:00:00Z")));
        grade("b", 3, "8.0", "一般");
        for (int m = 1; m <= 3; m++) {
            grade("c", m, "20.0", "优秀");
        }
    }

    protected void register(String school, String code, String name, String kind) throws Exception {
        events.publish(
                EventCatalog.SCHOOL_REGISTERED,
                new SchoolRegistered(
                        id(), county, at("2026-11-01T00:00:00Z"), SchoolId.of(school), code, name, kind, "platform"));
    }

    protected void release(int module) throws Exception {
        events.publish(
                EventCatalog.MODULE_GRADES_RELEASED,
                new ModuleGradesReleased(
                        id(), county, at("2026-12-31T01:00:00Z"), module(module), programme, "county"));
    }

    private void roster(String school, RosteredTeacher... teachers) throws Exception {
        Instant at = at("2026-12-12T10:00:00Z");
        String roster = "r-" + school + suffix;
        events.publish(
                EventCatalog.TEACHERS_ROSTERED,
                new TeachersRostered(
                        id(), county, at, roster, programme, SchoolId.of(school), 1, 1, List.of(teachers)));
        events.publish(
                EventCatalog.ROSTER_IMPORTED,
                new RosterImported(
                        id(), county, at, roster, programme, SchoolId.of(school), teachers.length, 1, 0, "admin"));
    }

    private void enroll(String school, String who) throws Exception {
        events.publish(
                EventCatalog.TEACHER_ENROLLED,
                new TeacherEnrolled(
                        id(),
                        county,
                        at("2026-12-07T01:00:00Z"),
                        programme,
                        SchoolId.of(school),
                        key(who),
                        TeacherId.of(account(who)),
                        account(who)));
    }

    private void grade(String who, int module, String score, String band) throws Exception {
        events.publish(
                EventCatalog.ESSAY_GRADED,
                new EssayGraded(
                        id(),
                        county,
                        at("2026-12-30T01:00:00Z"),
                        SubmissionId.random(),
                        module(module),
                        programme,
                        TeacherId.of(account(who)),
                        SchoolId.of("c".equals(who) ? "s2" : "s1"),
                        band,
                        new BigDecimal(score),
                        1,
                        "grader"));
    }

    private static EventId id() {
        return EventId.random();
    }

    private static Instant at(String instant) {
        return Instant.parse(instant);
    }
}
