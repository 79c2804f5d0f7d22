package cn.wangben.plan.standing;

import cn.wangben.contracts.DomainEvent;
import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.EventId;
import cn.wangben.contracts.ids.ProgrammeId;
import cn.wangben.contracts.ids.SchoolId;
import cn.wangben.contracts.plan.SchoolCancelled;
import cn.wangben.contracts.plan.SchoolReinstated;
import cn.wangben.platform.domain.DomainException;
import java.time.Instant;
import java.util.List;

/**
 * A school's standing in a programme once the plan-and-roster deadline has passed without both: cancelled, and
 * possibly reinstated by the county with a reason. Schools in good standing have no record at all.
 */
public final class SchoolStanding {
    public static final int MAX_REASON = 500;
    private final CountyId county;
    private final ProgrammeId programme;
    private final SchoolId school;
    private final List<String> missing;
    private final Instant cancelledAt;
    private final long version;
    private StandingStatus status;
    private String reason;
    private String reinstatedBy;
    private Instant reinstatedAt;

    public SchoolStanding(
            CountyId county,
            ProgrammeId programme,
            SchoolId school,
            List<String> missing,
            Instant cancelledAt,
            StandingStatus status,
            String reason,
            String reinstatedBy,
            Instant reinstatedAt,
            long version) {
        this.county = county;
        this.programme = programme;
        this.school = school;
        this.missing = List.copyOf(missing);
        this.cancelledAt = cancelledAt;
        this.status = status;
        this.reason = reason;
        this.reinstatedBy = reinstatedBy;
        this.reinstatedAt = reinstatedAt;
        this.version = version;
    }

    static SchoolStanding cancelled(CountyId county, ProgrammeId programme, SubmissionState state, Instant at) {
        return new SchoolStanding(
                county, programme, state.school(), state.missing(), at, StandingStatus.CANCELLED, null, null, null, 0);
    }

    DomainEvent cancellationEvent() {
        return new SchoolCancelled(EventId.random(), county, cancelledAt, programme, school, missing, "deadline");
    }

    List<DomainEvent> reinstate(String why, String by, Instant at) {
        if (status != StandingStatus.CANCELLED) {
            throw DomainException.conflict("not-cancelled", "该学校的校本研修未被取消，无需恢复");
        }
        if (why == null || why.isBlank()) {
            throw DomainException.ruleViolated("invalid-reinstatement", "reason", "恢复校本研修时请填写理由");
        }
        if (why.strip().length() > MAX_REASON) {
            throw DomainException.ruleViolated("invalid-reinstatement", "reason", "理由不能超过 " + MAX_REASON + " 字");
        }
        status = StandingStatus.REINSTATED;
        reason = why.strip();
        reinstatedBy = by;
        reinstatedAt = at;
        return List.of(new SchoolReinstated(EventId.random(), county, at, programme, school, reason, by));
    }

    public CountyId county() {
        return county;
    }

    public ProgrammeId programme() {
        return programme;
    }

    public SchoolId school() {
        return school;
    }

    public List<String> missing() {
        return missing;
    }

    public Instant cancelledAt() {
        return cancelledAt;
    }

    public StandingStatus status() {
        return status;
    }

    public String reason() {
        return reason;
    }

    public String reinstatedBy() {
        return reinstatedBy;
    }

    public Instant reinstatedAt() {
        return reinstatedAt;
    }

    public long version() {
        return version;
    }
}
