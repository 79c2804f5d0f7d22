package cn.wangben.scoring.export;

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
 * One county's programme as plan-service, identity and assignment-service tell it through Kafka. 青山县第一中学 (s1:
 * 李文 ka, 王芳 kb, 刘洋 kx exempt) has an approved plan; 青山县第二小学 (s2: 陈静 kc) was cancelled. Online: ka 18.0 +
 * 17.5 + 19.0, kb 6.0 + missed + 8.0, kc 20 + 20 + 20; every module released.
 */
final class ExportStory {
    static final String PROGRAMME_NAME = "2026-2027第一学期教师网本研修";
    static final String FIRST = "青山县第一中学";
    static final String SECOND = "青山县第二小学";
    final CountyId county;
    final ProgrammeId programme;
    private final String suffix;
    private final EventFixtures events;

    ExportStory(EventFixtures events, String suffix) {
        this.events = events;
        this.suffix = suffix;
        this.county = CountyId.of(suffix);
        this.programme = ProgrammeId.of("p" + suffix);
    }

    String key(String who) {
        return "k" + who + suffix;
    }

    /** The ID number as the roster event carries it: masked by plan-service before it leaves. */
    String masked(String who) {
        return teacher(who, "").maskedIdNumber();
    }

    RosteredTeacher teacher(String who, String name) {
        return SchoolFixtures.teacher(key(who), name);
    }

    void publish() throws Exception {
        events.publish(
                EventCatalog.PROGRAMME_PUBLISHED,
                new ProgrammePublished(
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
                        at("2026-12-29T16:00:00Z"),
                        List.of("国培送教")));
        register("s1", FIRST);
        register("s2", SECOND);
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
        roster("s1", teacher("a", "李文"), teacher("b", "王芳"), teacher("x", "刘洋"));
        roster("s2", teacher("c", "陈静"));
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
        for (int m = 1; m <= 3; m++) {
            events.publish(
                    EventCatalog.MODULE_GRADES_RELEASED,
                    new ModuleGradesReleased(id(), county, at("2026-12-31T01:00:00Z"), module(m), programme, "county"));
        }
    }

    private String account(String who) {
        return "t" + who + suffix;
    }

    private ModuleId module(int n) {
        return ModuleId.of("m" + n + suffix);
    }

    private void register(String school, String name) throws Exception {
        events.publish(
                EventCatalog.SCHOOL_REGISTERED,
                new SchoolRegistered(
                        id(), county, at("2026-11-01T00:00:00Z"), SchoolId.of(school), school, name, "小学", "platform"));
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
