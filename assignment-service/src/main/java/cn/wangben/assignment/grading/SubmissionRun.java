package cn.wangben.assignment.grading;

import cn.wangben.assignment.grading.GradingItems.ItemKey;
import cn.wangben.assignment.similarity.EssayScope;
import cn.wangben.assignment.similarity.NearCopy;
import cn.wangben.assignment.similarity.NearCopyDetector;
import cn.wangben.contracts.assignment.EssaySubmitted;
import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.SubmissionId;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Consecutive accepted essays applied together, with the end state of applying them one by one: the items of all
 * their teachers read at once (per county), each teacher's events decided in order in memory by the item's own rule,
 * the final items written at once, the attempts they superseded settled once per module, then the near-copy check
 * of every final attempt, once per module. An attempt
 * superseded inside the run is never checked: one by one it would be indexed and then forgotten again.
 */
final class SubmissionRun {
    private final GradingItems items;
    private final EssayTexts texts;
    private final NearCopyDetector detector;
    private final Clock clock;

    SubmissionRun(GradingItems items, EssayTexts texts, NearCopyDetector detector, Clock clock) {
        this.items = items;
        this.texts = texts;
        this.detector = detector;
        this.clock = clock;
    }

    /** {@code oneByOne} redoes a teacher whose batched write lost a race, reading again what won. */
    void apply(List<EssaySubmitted> run, Consumer<EssaySubmitted> oneByOne) {
        if (run.isEmpty()) {
            return;
        }
        Map<CountyId, Map<ItemKey, List<EssaySubmitted>>> byCounty = new LinkedHashMap<>();
        for (EssaySubmitted e : run) {
            byCounty.computeIfAbsent(e.countyId(), c -> new LinkedHashMap<>())
                    .computeIfAbsent(new ItemKey(e.moduleId(), e.teacherId()), k -> new ArrayList<>())
                    .add(e);
        }
        Instant now = clock.instant();
        List<Outcome> outcomes = new ArrayList<>();
        byCounty.forEach((county, teachers) -> {
            Map<ItemKey, GradingItem> stored = items.findAll(county, teachers.keySet());
            teachers.forEach((key, events) -> outcomes.add(decide(stored.get(key), events, now)));
        });
        List<GradingItem> writes =
                outcomes.stream().filter(Outcome::changed).map(Outcome::item).toList();
        Set<ItemKey> lost = items.writeAll(writes);
        List<Outcome> written = new ArrayList<>();
        List<Outcome> redo = new ArrayList<>();
        outcomes.forEach(o -> (o.changed() && lost.contains(ItemKey.of(o.item())) ? redo : written).add(o));
        Map<EssayScope, List<SubmissionId>> superseded = new LinkedHashMap<>();
        for (Outcome o : written) {
            o.superseded().ifPresent(old -> superseded
                    .computeIfAbsent(scope(o.item()), s -> new ArrayList<>())
                    .add(old));
        }
        // per run, not per attempt: in the last hour most essays are resubmissions, and finding what points at an
        // attempt means searching the county's items (with MongoDB through two indexes; the local server reads them
        // all)
        Map<CountyId, List<SubmissionId>> supersededInCounty = new LinkedHashMap<>();
        superseded.forEach((scope, old) -> {
            // out of the index first: once the queue shows the flags gone, nothing can flag against it again
            detector.forgetAll(scope, old);
            supersededInCounty
                    .computeIfAbsent(scope.county(), c -> new ArrayList<>())
                    .addAll(old);
        });
        supersededInCounty.forEach(items::unflag);
        Set<EssaySubmitted> checked = Collections.newSetFromMap(new IdentityHashMap<>());
        written.forEach(o -> o.checked().ifPresent(checked::add));
        // in the run's order, as one by one
        checkForNearCopies(run.stream().filter(checked::contains).toList());
        redo.forEach(o -> o.events().forEach(oneByOne));
    }

    /**
     * The teacher's events in order on the stored item. Only the attempt stored before the run can be superseded for
     * the index and the flags; the final attempt is checked if one of the events carries it (a redelivery of the
     * stored attempt too: the check is idempotent and may not have run before a crash).
     */
    private static Outcome decide(GradingItem stored, List<EssaySubmitted> events, Instant now) {
        GradingItem item = stored;
        boolean changed = false;
        for (EssaySubmitted e : events) {
            Optional<GradingItem> after =
                    item == null ? Optional.of(GradingItem.submitted(e)) : item.withSubmission(e, now);
            if (after.isPresent()) {
                item = after.get();
                changed = true;
            }
        }
        Optional<SubmissionId> superseded = changed && stored != null && stored.attempt() != null
                ? Optional.of(stored.attempt().submission())
                : Optional.empty();
        SubmissionId current = item.attempt().submission();
        Optional<EssaySubmitted> checked =
                events.stream().filter(e -> e.submissionId().equals(current)).reduce((first, second) -> second);
        return new Outcome(item, changed, superseded, checked, events);
    }

    private record Outcome(
            GradingItem item,
            boolean changed,
            Optional<SubmissionId> superseded,
            Optional<EssaySubmitted> checked,
            List<EssaySubmitted> events) {}

    /** One text read per county, one detector batch and one flag write per module. */
    private void checkForNearCopies(List<EssaySubmitted> checked) {
        Map<CountyId, List<EssaySubmitted>> byCounty = new LinkedHashMap<>();
        checked.forEach(e ->
                byCounty.computeIfAbsent(e.countyId(), c -> new ArrayList<>()).add(e));
        byCounty.forEach((county, essays) -> {
            Map<SubmissionId, String> text = texts.textsOf(
                    county, essays.stream().map(EssaySubmitted::submissionId).toList());
            Map<EssayScope, List<EssaySubmitted>> byModule = new LinkedHashMap<>();
            essays.stream()
                    .filter(e -> text.containsKey(e.submissionId())) // an attachment without a text version
                    .forEach(e -> byModule.computeIfAbsent(new EssayScope(county, e.moduleId()), s -> new ArrayList<>())
                            .add(e));
            byModule.forEach((scope, inModule) -> {
                Map<SubmissionId, List<NearCopy>> copies = detector.registerAll(
                        scope,
                        inModule.stream()
                                .map(e -> new NearCopyDetector.Essay(
                                        e.submissionId(), e.teacherId(), text.get(e.submissionId())))
                                .toList());
                List<GradingItems.FlagOn> flags = new ArrayList<>();
                inModule.forEach(e -> flags.addAll(flagsOf(e, copies.get(e.submissionId()))));
                items.flag(scope.county(), scope.module(), flags, detector.flagsKept());
            });
        });
    }

    /** Both items of every pair: the checked essay's and the other author's. */
    static List<GradingItems.FlagOn> flagsOf(EssaySubmitted e, List<NearCopy> copies) {
        List<GradingItems.FlagOn> flags = new ArrayList<>();
        for (NearCopy copy : copies) {
            flags.add(new GradingItems.FlagOn(
                    e.teacherId(),
                    e.submissionId(),
                    new NearCopyFlag(copy.submission(), copy.author(), copy.similarity())));
            flags.add(new GradingItems.FlagOn(
                    copy.author(),
                    copy.submission(),
                    new NearCopyFlag(e.submissionId(), e.teacherId(), copy.similarity())));
        }
        return flags;
    }

    private static EssayScope scope(GradingItem item) {
        return new EssayScope(item.county(), item.module());
    }
}
