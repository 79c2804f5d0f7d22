package cn.wangben.plan.hours;

import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.ProgrammeId;
import cn.wangben.contracts.ids.TeacherId;
import cn.wangben.contracts.scoring.TraineeResultFinalized;
import cn.wangben.plan.enrollment.Enrollment;
import cn.wangben.plan.enrollment.Enrollments;
import cn.wangben.plan.programme.Programme;
import cn.wangben.plan.programme.Programmes;
import cn.wangben.platform.domain.Caller;
import cn.wangben.platform.domain.DomainException;
import cn.wangben.platform.domain.Role;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/** The teacher's hours record: credited from finalized results, recorded by the county, read by the teacher. */
public class HoursDesk {
    private static final int MAX_RECORDED_HOURS = 360;
    private static final int MAX_TEXT = 200;

    private final HoursRecords records;
    private final Enrollments enrollments;
    private final Programmes programmes;
    private final Function<String, String> idHasher;
    private final Clock clock;

    /** @param idHasher the roster's keyed hash of an ID number as a person types it */
    public HoursDesk(
            HoursRecords records,
            Enrollments enrollments,
            Programmes programmes,
            Function<String, String> idHasher,
            Clock clock) {
        this.records = records;
        this.enrollments = enrollments;
        this.programmes = programmes;
        this.idHasher = idHasher;
        this.clock = clock;
    }

    public record MyHours(int total, int target, List<HoursEntry> entries, Optional<CycleTargetPolicy.Offer> offer) {}

    /** Idempotent by programme: a result delivered twice, or finalized again, leaves one entry. */
    public void credit(TraineeResultFinalized result) {
        records.put(
                result.countyId(),
                result.teacherKey(),
                new HoursEntry(
                        "programme:" + result.programmeId().value(),
                        HoursEntry.CREDITED,
                        result.programmeId().value(),
                        result.creditedHours(),
                        result.occurredAt(),
                        null));
    }

    public MyHours mine(Caller caller, ProgrammeId programmeId) {
        TeacherId account = caller.asTeacher();
        Programme programme = visibleProgramme(caller, programmeId);
        Enrollment enrollment = enrollments
                .ofAccount(programmeId, account)
                .orElseThrow(() -> DomainException.conflict("not-enrolled", "请先报名本项目（实名绑定）后再查看学时记录"));
        HoursRecord record = records.of(enrollment.county(), enrollment.teacherKey())
                .orElse(new HoursRecord(enrollment.county(), enrollment.teacherKey(), List.of()));
        return new MyHours(
                record.total(),
                programme.settings().cycleHoursTarget(),
                record.entries(),
                CycleTargetPolicy.offer(record, programme.settings()));
    }

    /** What the enrollment screen shows: the offer, if the teacher's record already reaches the target. */
    public Optional<CycleTargetPolicy.Offer> offerFor(Enrollment enrollment) {
        Programme programme =
                programmes.find(enrollment.county(), enrollment.programme()).orElse(null);
        if (programme == null) {
            return Optional.empty();
        }
        return records.of(enrollment.county(), enrollment.teacherKey())
                .flatMap(r -> CycleTargetPolicy.offer(r, programme.settings()));
    }

    /** The county enters hours earned outside the platform, identified by the ID number, with evidence. */
    public HoursRecord record(
            Caller caller, CountyId county, String idNumber, Integer hours, String title, String evidence) {
        caller.requireAnyRole(Role.COUNTY_ADMIN);
        if (!county.equals(caller.county())) {
            throw DomainException.notFound("县（区）", county.value());
        }
        if (idNumber == null || idNumber.isBlank()) {
            throw DomainException.ruleViolated("invalid-hours", "idNumber", "请填写教师身份证号");
        }
        if (hours == null || hours < 1 || hours > MAX_RECORDED_HOURS) {
            throw DomainException.ruleViolated("invalid-hours", "hours", "学时须为1到" + MAX_RECORDED_HOURS + "之间的整数");
        }
        String cleanTitle = text(title, "title", "请填写培训名称");
        String cleanEvidence = text(evidence, "evidence", "请填写证明材料说明（如证书编号）");
        String teacherKey = idHasher.apply(idNumber);
        records.put(
                county,
                teacherKey,
                new HoursEntry(
                        "recorded:" + UUID.randomUUID(),
                        HoursEntry.RECORDED,
                        cleanTitle,
                        hours,
                        clock.instant(),
                        cleanEvidence + "（" + caller.username() + "录入）"));
        return records.of(county, teacherKey).orElseThrow();
    }

    private Programme visibleProgramme(Caller caller, ProgrammeId id) {
        CountyId county = caller.requireCounty();
        return programmes.find(county, id).orElseThrow(() -> DomainException.notFound("研修项目", id.value()));
    }

    private static String text(String value, String field, String message) {
        if (value == null || value.isBlank() || value.strip().length() > MAX_TEXT) {
            throw DomainException.ruleViolated("invalid-hours", field, message + "（不超过" + MAX_TEXT + "字）");
        }
        return value.strip();
    }
}
