package cn.wangben.scoring.schoolscore;

import cn.wangben.contracts.EventCatalog;
import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.EventId;
import cn.wangben.contracts.ids.ProgrammeId;
import cn.wangben.contracts.ids.SchoolId;
import cn.wangben.contracts.ids.TeacherId;
import cn.wangben.contracts.plan.RosteredTeacher;
import cn.wangben.contracts.plan.SchoolCancelled;
import cn.wangben.contracts.plan.SchoolPlanApproved;
import cn.wangben.contracts.plan.SchoolReinstated;
import cn.wangben.contracts.plan.TeacherEnrolled;
import cn.wangben.contracts.plan.TeacherExempted;
import cn.wangben.contracts.plan.TeachersRostered;
import cn.wangben.testinfra.EventFixtures;
import java.time.Instant;
import java.util.List;

/** Plays plan-service for one county and programme: approves plans, imports rosters, enrolls and cancels. */
final class SchoolEvents {
    private final EventFixtures events;
    final CountyId county;
    final ProgrammeId programme;

    SchoolEvents(EventFixtures events, String county, String programme) {
        this.events = events;
        this.county = CountyId.of(county);
        this.programme = ProgrammeId.of(programme);
    }

    void approvePlan(String school) throws Exception {
        events.publish(
                EventCatalog.SCHOOL_PLAN_APPROVED,
                new SchoolPlanApproved(
                        EventId.random(),
                        county,
                        Instant.parse("2026-12-12T02:00:00Z"),
                        "plan-" + school,
                        programme,
                        SchoolId.of(school),
                        SchoolFixtures.hundredPointRubric(),
                        SchoolFixtures.activities(),
                        "county-admin"));
    }

    void roster(String school, String rosterId, Instant importedAt, RosteredTeacher... teachers) throws Exception {
        events.publish(
                EventCatalog.TEACHERS_ROSTERED,
                new TeachersRostered(
                        EventId.random(),
                        county,
                        importedAt,
                        rosterId,
                        programme,
                        SchoolId.of(school),
                        1,
                        1,
                        List.of(teachers)));
    }

    void enroll(String school, String teacherKey, String teacherId) throws Exception {
        events.publish(
                EventCatalog.TEACHER_ENROLLED,
                new TeacherEnrolled(
                        EventId.random(),
                        county,
                        Instant.parse("2026-12-08T01:00:00Z"),
                        programme,
                        SchoolId.of(school),
                        teacherKey,
                        TeacherId.of(teacherId),
                        teacherId));
    }

    void exempt(String school, String teacherKey) throws Exception {
        events.publish(
                EventCatalog.TEACHER_EXEMPTED,
                new TeacherExempted(
                        EventId.random(),
                        county,
                        Instant.parse("2026-12-08T02:00:00Z"),
                        programme,
                        SchoolId.of(school),
                        teacherKey,
                        "国培送教",
                        "送教下乡名单",
                        "county-admin"));
    }

    void cancel(String school) throws Exception {
        events.publish(
                EventCatalog.SCHOOL_CANCELLED,
                new SchoolCancelled(
                        EventId.random(),
                        county,
                        Instant.parse("2026-12-13T16:00:00Z"),
                        programme,
                        SchoolId.of(school),
                        List.of("PLAN"),
                        "deadline"));
    }

    void reinstate(String school) throws Exception {
        events.publish(
                EventCatalog.SCHOOL_REINSTATED,
                new SchoolReinstated(
                        EventId.random(),
                        county,
                        Instant.parse("2026-12-15T02:00:00Z"),
                        programme,
                        SchoolId.of(school),
                        "计划已于截止前纸质报送",
                        "county-admin"));
    }
}
