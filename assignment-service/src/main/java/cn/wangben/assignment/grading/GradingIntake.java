package cn.wangben.assignment.grading;

import cn.wangben.assignment.similarity.EssayScope;
import cn.wangben.assignment.similarity.NearCopy;
import cn.wangben.assignment.similarity.NearCopyDetector;
import cn.wangben.contracts.DomainEvent;
import cn.wangben.contracts.assignment.EssayMissed;
import cn.wangben.contracts.assignment.EssaySubmitted;
import cn.wangben.contracts.assignment.ModuleScheduled;
import cn.wangben.contracts.ids.SubmissionId;
import cn.wangben.platform.domain.DomainException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Builds the grading queue from the submission events, idempotently by natural key (module + teacher) and attempt
 * number, so redelivered or reordered events leave the same queue. Then checks each current essay for near-copies
 * and flags both items of a pair. The queue write comes first: if the text cannot be read, the event is retried and
 * the queue is already right.
 */
public class GradingIntake {
    /** Optimistic writes that lost a race are re-read and re-decided this many times before the event is retried. */
    static final int WRITE_ATTEMPTS = 5;

    private final GradingItems items;
    private final GradingModules modules;
    private final EssayTexts texts;
    private final NearCopyDetector detector;
    private final Clock clock;
    private final SubmissionRun runs;

    public GradingIntake(
            GradingItems items, GradingModules modules, EssayTexts texts, NearCopyDetector detector, Clock clock) {
        this.items = items;
        this.modules = modules;
        this.texts = texts;
        this.detector = detector;
        this.clock = clock;
        this.runs = new SubmissionRun(items, texts, detector, clock);
    }

    /**
     * A batch of events in their order. Consecutive accepted essays are applied as one run (a few round trips for the
     * whole run, the same end state as one by one); any other event ends the run and is applied alone, after it.
     */
    public void acceptAll(List<DomainEvent> events) {
        List<EssaySubmitted> run = new ArrayList<>();
        for (DomainEvent event : events) {
            if (event instanceof EssaySubmitted e) {
                run.add(e);
                continue;
            }
            runs.apply(run, this::essaySubmitted);
            run.clear();
            if (event instanceof ModuleScheduled e) {
                moduleScheduled(e);
            } else if (event instanceof EssayMissed e) {
                essayMissed(e);
            } else {
                throw new IllegalArgumentException("grading does not consume " + event.getClass());
            }
        }
        runs.apply(run, this::essaySubmitted);
    }

    public void moduleScheduled(ModuleScheduled e) {
        modules.remember(new GradingModule(
                e.moduleId(),
                e.countyId(),
                e.programmeId(),
                e.title(),
                e.maxPoints(),
                e.dueAt(),
                null,
                GradingItem.UNSTORED));
    }

    public void essaySubmitted(EssaySubmitted e) {
        Applied applied = retrying(() -> applySubmission(e));
        EssayScope scope = new EssayScope(e.countyId(), e.moduleId());
        applied.superseded().ifPresent(old -> {
            // out of the index first: once the queue shows the flags gone, nothing can flag against it again
            detector.forget(scope, old);
            items.unflag(e.countyId(), old);
        });
        if (applied.current()) {
            checkForNearCopies(e, scope);
        }
    }

    /** Marks a teacher of whom no essay is known; an accepted essay always outweighs a "missed" record. */
    public void essayMissed(EssayMissed e) {
        if (e.teacherId() == null) {
            return; // nothing to key it by; scoring-service still counts the module as 0
        }
        retrying(() -> {
            if (items.find(e.countyId(), e.moduleId(), e.teacherId()).isEmpty()) {
                items.insert(GradingItem.missed(e));
            }
            return Optional.empty();
        });
    }

    /**
     * Stores the event's attempt unless a later one is stored. The item as written (or found) says whether the event's
     * attempt is the current one: a teacher's events arrive in order on one partition, so no re-read is needed.
     */
    private Applied applySubmission(EssaySubmitted e) {
        Optional<GradingItem> stored = items.find(e.countyId(), e.moduleId(), e.teacherId());
        if (stored.isEmpty()) {
            items.insert(GradingItem.submitted(e));
            return new Applied(Optional.empty(), true);
        }
        GradingItem before = stored.get();
        Optional<GradingItem> after = before.withSubmission(e, clock.instant());
        if (after.isEmpty()) {
            // a redelivery of the stored attempt is still current (its check is idempotent); an older one is not
            boolean current =
                    before.attempt() != null && before.attempt().submission().equals(e.submissionId());
            return new Applied(Optional.empty(), current);
        }
        items.update(after.get(), List.of());
        return new Applied(Optional.ofNullable(before.attempt()).map(Attempt::submission), true);
    }

    /** The attempt the event replaced, if any, and whether the event's attempt is the item's current one. */
    private record Applied(Optional<SubmissionId> superseded, boolean current) {}

    private void checkForNearCopies(EssaySubmitted e, EssayScope scope) {
        Optional<String> text = texts.textOf(e.countyId(), e.submissionId());
        if (text.isEmpty()) {
            return; // an attachment without a text version: nothing to compare
        }
        List<NearCopy> copies = detector.register(scope, e.submissionId(), e.teacherId(), text.get());
        if (copies.isEmpty()) {
            return;
        }
        // a copied essay can match many, so the flags go in one round trip
        items.flag(e.countyId(), e.moduleId(), SubmissionRun.flagsOf(e, copies), detector.flagsKept());
    }

    private static <T> T retrying(Supplier<T> write) {
        for (int attempt = 1; ; attempt++) {
            try {
                return write.get();
            } catch (DomainException e) {
                if (e.kind() != DomainException.Kind.CONFLICT || attempt >= WRITE_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }
}
