package cn.wangben.plan.enrollment;

import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.ProgrammeId;
import cn.wangben.contracts.ids.SchoolId;
import cn.wangben.contracts.ids.TeacherId;
import cn.wangben.plan.programme.Programme;
import cn.wangben.plan.programme.ProgrammeStatus;
import cn.wangben.plan.programme.Programmes;
import cn.wangben.platform.domain.Caller;
import cn.wangben.platform.domain.DomainException;
import cn.wangben.roster.IdentityProtector;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * A teacher joins the programme's online class by confirming the ID number their school put on the roster. The number
 * is only hashed with the roster's key and compared; it is never stored, logged or echoed.
 */
public class EnrollmentDesk {
    private final Programmes programmes;
    private final RosterEntries roster;
    private final Enrollments enrollments;
    private final IdentityProtector protector;
    private final Clock clock;

    public EnrollmentDesk(
            Programmes programmes,
            RosterEntries roster,
            Enrollments enrollments,
            IdentityProtector protector,
            Clock clock) {
        this.programmes = programmes;
        this.roster = roster;
        this.enrollments = enrollments;
        this.protector = protector;
        this.clock = clock;
    }

    /** Returns the enrollment, and whether this call created it (a repeated call is answered, not refused). */
    public Result enroll(Caller caller, ProgrammeId programmeId, String typedIdNumber) {
        Instant now = clock.instant();
        TeacherId account = caller.asTeacher();
        CountyId county = caller.requireCounty();
        SchoolId school = caller.requireSchool();
        Programme programme = published(county, programmeId);
        Optional<Enrollment> existing = enrollments.ofAccount(programmeId, account);
        if (existing.isPresent()) {
            return new Result(existing.get(), false);
        }
        if (!EnrollmentWindow.isOpen(now, programme.settings().enrollmentCutoff())) {
            throw EnrollmentWindow.closed(
                    programme.settings().enrollmentCutoff(),
                    programme.settings().zone());
        }
        if (typedIdNumber == null || typedIdNumber.isBlank()) {
            throw DomainException.ruleViolated("invalid-enrollment", "idNumber", "请输入学校名册上登记的身份证号");
        }
        RosterEntries.RosterEntry entry = roster.find(county, programmeId, school, protector.hashTypedId(typedIdNumber))
                .orElseThrow(() ->
                        DomainException.ruleViolated("not-on-roster", "idNumber", "本校学员名册中没有这个身份证号，请核对，或联系学校校本研修负责人"));
        Enrollment enrollment = new Enrollment(
                programmeId, county, school, account, entry.teacherKey(), entry.name(), entry.maskedIdNumber(), now);
        if (!enrollments.addIfAbsent(enrollment, enrollment.enrolledEvent(caller.username()))) {
            throw DomainException.conflict("already-bound", "该身份证号已被另一个账号用于报名；如非本人操作，请联系学校");
        }
        return new Result(enrollment, true);
    }

    public Optional<Enrollment> mine(Caller caller, ProgrammeId programmeId) {
        TeacherId account = caller.asTeacher();
        published(caller.requireCounty(), programmeId);
        return enrollments.ofAccount(programmeId, account);
    }

    private Programme published(CountyId county, ProgrammeId id) {
        Programme programme = programmes.find(county, id).orElseThrow(() -> DomainException.notFound("研修项目", id));
        if (programme.status() != ProgrammeStatus.PUBLISHED) {
            throw DomainException.notFound("研修项目", id);
        }
        return programme;
    }

    public record Result(Enrollment enrollment, boolean created) {}
}
