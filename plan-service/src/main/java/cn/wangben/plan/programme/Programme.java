package cn.wangben.plan.programme;

import cn.wangben.contracts.DomainEvent;
import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.EventId;
import cn.wangben.contracts.ids.ProgrammeId;
import cn.wangben.contracts.plan.ProgrammePublished;
import cn.wangben.platform.domain.DomainException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** A county's training programme. It is drafted, then published once; publishing tells every other service. */
public final class Programme {
    private final ProgrammeId id;
    private final CountyId county;
    private final ProgrammeSettings settings;
    private final String createdBy;
    private final long version;
    private ProgrammeStatus status;
    private Instant publishedAt;

    public Programme(
            ProgrammeId id,
            CountyId county,
            ProgrammeSettings settings,
            String createdBy,
            ProgrammeStatus status,
            Instant publishedAt,
            long version) {
        this.id = Objects.requireNonNull(id);
        this.county = Objects.requireNonNull(county);
        this.settings = Objects.requireNonNull(settings);
        this.createdBy = createdBy;
        this.status = Objects.requireNonNull(status);
        this.publishedAt = publishedAt;
        this.version = version;
    }

    static Programme draft(CountyId county, ProgrammeSettings settings, String createdBy) {
        return new Programme(ProgrammeId.random(), county, settings, createdBy, ProgrammeStatus.DRAFT, null, 0);
    }

    List<DomainEvent> publish(Clock clock) {
        if (status == ProgrammeStatus.PUBLISHED) {
            throw DomainException.conflict("already-published", "该研修项目已经发布，不能重复发布");
        }
        status = ProgrammeStatus.PUBLISHED;
        publishedAt = clock.instant();
        return List.of(new ProgrammePublished(
                EventId.random(),
                county,
                publishedAt,
                id,
                settings.name(),
                settings.periodStart(),
                settings.periodEnd(),
                settings.zone().getId(),
                settings.enrollmentCutoff(),
                settings.onlinePoints(),
                settings.schoolPoints(),
                settings.passMark(),
                settings.creditedHours(),
                settings.schoolPlanDeadline(),
                settings.schoolScoringDeadline(),
                settings.exemptionCategories()));
    }

    public ProgrammeId id() {
        return id;
    }

    public CountyId county() {
        return county;
    }

    public ProgrammeSettings settings() {
        return settings;
    }

    public String createdBy() {
        return createdBy;
    }

    public ProgrammeStatus status() {
        return status;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public long version() {
        return version;
    }
}
