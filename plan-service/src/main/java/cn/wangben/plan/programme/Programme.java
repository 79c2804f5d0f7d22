package cn.wangben.plan.programme;

import cn.wangben.contracts.DomainEvent;
import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.EventId;
import cn.wangben.contracts.ids.ProgrammeId;
import cn.wangben.contracts.plan.ProgrammePublished;
import cn.wangben.contracts.plan.ProgrammeRevised;
import cn.wangben.platform.domain.DomainException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** A county's training programme. It is drafted, then published once; publishing tells every other service. */
public final class Programme {
    public static final int MAX_REASON = 500;
    private final ProgrammeId id;
    private final CountyId county;
    private final List<ProgrammeRevision> revisions;
    private ProgrammeSettings settings;
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
            List<ProgrammeRevision> revisions,
            long version) {
        this.id = Objects.requireNonNull(id);
        this.county = Objects.requireNonNull(county);
        this.settings = Objects.requireNonNull(settings);
        this.createdBy = createdBy;
        this.status = Objects.requireNonNull(status);
        this.publishedAt = publishedAt;
        this.revisions = new ArrayList<>(revisions);
        this.version = version;
    }

    static Programme draft(CountyId county, ProgrammeSettings settings, String createdBy) {
        return new Programme(
                ProgrammeId.random(), county, settings, createdBy, ProgrammeStatus.DRAFT, null, List.of(), 0);
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

    void editDraft(ProgrammeSettings edited) {
        if (status == ProgrammeStatus.PUBLISHED) {
            throw DomainException.conflict("programme-published", "研修项目已发布，如需调整请提交修订并填写理由");
        }
        settings = edited;
    }

    /**
     * Once published, settings change only by an explicit revision with a reason; the revision records every changed
     * field, and the event tells the other services to recompute what depends on them.
     */
    List<DomainEvent> revise(ProgrammeSettings revised, String reason, String by, Instant at) {
        if (status != ProgrammeStatus.PUBLISHED) {
            throw DomainException.conflict("programme-not-published", "研修项目尚未发布，直接修改即可，无需修订");
        }
        if (reason == null || reason.isBlank() || reason.strip().length() > MAX_REASON) {
            throw DomainException.ruleViolated("invalid-revision", "reason", "请填写修订理由（不超过 " + MAX_REASON + " 字）");
        }
        List<ProgrammeRevision.Change> changes = ProgrammeRevision.between(settings, revised);
        if (changes.isEmpty()) {
            throw DomainException.ruleViolated("invalid-revision", "programme", "修订内容与当前设置相同，没有任何改动");
        }
        ProgrammeRevision revision = new ProgrammeRevision(revisions.size() + 1, at, by, reason.strip(), changes);
        revisions.add(revision);
        settings = revised;
        return List.of(new ProgrammeRevised(
                EventId.random(),
                county,
                at,
                id,
                revised.name(),
                revised.periodStart(),
                revised.periodEnd(),
                revised.zone().getId(),
                revised.enrollmentCutoff(),
                revised.onlinePoints(),
                revised.schoolPoints(),
                revised.passMark(),
                revised.creditedHours(),
                revised.schoolPlanDeadline(),
                revised.schoolScoringDeadline(),
                revised.exemptionCategories(),
                revision.number(),
                revision.reason(),
                by));
    }

    public List<ProgrammeRevision> revisions() {
        return List.copyOf(revisions);
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
