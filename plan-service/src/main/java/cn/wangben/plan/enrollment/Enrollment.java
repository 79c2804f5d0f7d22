package cn.wangben.plan.enrollment;

import cn.wangben.contracts.DomainEvent;
import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.EventId;
import cn.wangben.contracts.ids.ProgrammeId;
import cn.wangben.contracts.ids.SchoolId;
import cn.wangben.contracts.ids.TeacherId;
import cn.wangben.contracts.plan.TeacherEnrolled;
import java.time.Instant;

/**
 * A teacher's account bound to their roster row in a programme (实名绑定): from then on they are a trainee. The roster
 * row is identified by its key, never by the ID number itself.
 */
public record Enrollment(
        ProgrammeId programme,
        CountyId county,
        SchoolId school,
        TeacherId account,
        String teacherKey,
        String name,
        String maskedIdNumber,
        Instant enrolledAt) {

    DomainEvent enrolledEvent(String by) {
        return new TeacherEnrolled(EventId.random(), county, enrolledAt, programme, school, teacherKey, account, by);
    }
}
