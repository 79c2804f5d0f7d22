package cn.wangben.assignment.grading;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wangben.assignment.similarity.InMemoryNearCopyIndex;
import cn.wangben.assignment.similarity.NearCopyDetector;
import cn.wangben.assignment.similarity.SimilaritySettings;
import cn.wangben.assignment.similarity.SyntheticEssays;
import cn.wangben.contracts.DomainEvent;
import cn.wangben.contracts.assignment.EssayMissed;
import cn.wangben.contracts.assignment.EssaySubmitted;
import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.EventId;
import cn.wangben.contracts.ids.ModuleId;
import cn.wangben.contracts.ids.ProgrammeId;
import cn.wangben.contracts.ids.SchoolId;
import cn.wangben.contracts.ids.SubmissionId;
import cn.wangben.contracts.ids.TeacherId;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A batch of events against the in-memory queue and index: the end state of one by one, in a few round trips. */
class GradingIntakeTest {
    static final SimilaritySettings SIMILARITY =
            new SimilaritySettings(5, 128, 32, 0.5, 0x5eed_0f_c0_9e_5L, 20, 10, 200);
    static final CountyId COUNTY = CountyId.of("qingshan");
    static final ModuleId MODULE = ModuleId.of("m-team");
    static final Instant NOW = GradingItemTest.NOW;
    static final int SENTENCES = 15;
    static final int VOCABULARY = 8_000;
    static final double EDITED_SHARE = 0.05;

    final SyntheticEssays essays = new SyntheticEssays(20261212L, VOCABULARY);
    final Map<SubmissionId, String> texts = new HashMap<>();

    @Test
    void aRunEndsInTheStateOfApplyingItsEventsOneByOne() {
        World batched = new World();
        World oneByOne = new World();
        String original = essay("s-src1");
        essay("s-old1");
        essay("s-late2");
        List<EssaySubmitted> before = List.of(
                submitted("t-src", "s-src1", 1), submitted("t-old", "s-old1", 1), submitted("t-late", "s-late2", 2));
        for (World w : List.of(batched, oneByOne)) {
            before.forEach(w.intake::essaySubmitted);
            w.items.overwrite(GradingItemTest.grade(w.items.stored(MODULE, teacher("t-old")), "s-old1", "良好", "15.5"));
        }
        String honestA = essay("s-a1");
        String shared = essay("s-b1");
        text("s-copy1", essays.nearCopy(original, EDITED_SHARE));
        text("s-c1", essays.nearCopy(shared, EDITED_SHARE));
        text("s-d1", essays.nearCopy(honestA, EDITED_SHARE));
        essay("s-d2");
        essay("s-new1");
        List<DomainEvent> batch = List.of(
                submitted("t-a", "s-a1", 1),
                submitted("t-copy", "s-copy1", 1),
                missed("t-a"), // ends the first run
                submitted("t-b", "s-b1", 1),
                submitted("t-d", "s-d1", 1), // a copy of t-a's, replaced in the same run
                submitted("t-c", "s-c1", 1), // a copy of t-b's, in the same run
                submitted("t-old", "s-new1", 2), // replaces a graded attempt stored before
                submitted("t-late", "s-late1", 1), // older than the stored one
                submitted("t-src", "s-src1", 1), // redelivered
                submitted("t-file", "s-file1", 1), // no text version
                submitted("t-d", "s-d2", 2));

        batched.intake.acceptAll(batch);
        batch.forEach(oneByOne::accept);

        assertThat(batched.state()).isEqualTo(oneByOne.state());
        assertThat(flagged(batched, "t-copy")).containsExactly("s-src1");
        assertThat(flagged(batched, "t-src")).containsExactly("s-copy1");
        assertThat(flagged(batched, "t-b")).containsExactly("s-c1");
        assertThat(flagged(batched, "t-c")).containsExactly("s-b1");
        assertThat(flagged(batched, "t-a"))
                .as("its copy was replaced in the run")
                .isEmpty();
        assertThat(flagged(batched, "t-d")).isEmpty();
        GradingItem replaced = batched.items.stored(MODULE, teacher("t-old"));
        assertThat(replaced.attempt().submission()).isEqualTo(SubmissionId.of("s-new1"));
        assertThat(replaced.history())
                .extracting(AuditEntry::kind)
                .containsExactly(AuditEntry.Kind.GRADED, AuditEntry.Kind.SUPERSEDED);
        assertThat(batched.items.stored(MODULE, teacher("t-late")).attempt().number())
                .isEqualTo(2);
        assertThat(batched.index.contents().keySet())
                .contains("essay/s-new1", "essay/s-d2", "essay/s-c1")
                .doesNotContain("essay/s-old1", "essay/s-d1", "essay/s-file1");
    }

    @Test
    void anAttemptReplacedInsideTheRunIsNeverCheckedAndTheRunEndsAsOneByOne() {
        World batched = new World();
        World oneByOne = new World();
        String original = essay("s-a1");
        text("s-d1", essays.nearCopy(original, EDITED_SHARE));
        essay("s-d2");
        for (World w : List.of(batched, oneByOne)) {
            w.intake.essaySubmitted(submitted("t-a", "s-a1", 1));
            w.items.calls.clear();
        }
        List<DomainEvent> batch = List.of(submitted("t-d", "s-d1", 1), submitted("t-d", "s-d2", 2));

        batched.intake.acceptAll(batch);
        batch.forEach(oneByOne::accept);

        assertThat(batched.state()).isEqualTo(oneByOne.state());
        assertThat(oneByOne.items.calls)
                .as("one by one, the copy is flagged, then unflagged")
                .contains("flag", "unflag");
        assertThat(batched.items.calls)
                .as("never flagged, so nothing to unflag")
                .containsExactly("findAll", "writeAll");
        assertThat(flagged(batched, "t-a")).isEmpty();
        assertThat(batched.index.contents().keySet()).contains("essay/s-d2").doesNotContain("essay/s-d1");
    }

    @Test
    void aRunOfManyEssaysCostsOneRoundTripPerStepNotPerEssay() {
        World batched = new World();
        World oneByOne = new World();
        List<DomainEvent> batch = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            essay("s-" + i);
            batch.add(submitted("t-" + i, "s-" + i, 1));
        }
        text("s-copy", essays.nearCopy(texts.get(SubmissionId.of("s-7")), EDITED_SHARE));
        batch.add(submitted("t-copy", "s-copy", 1));

        batched.intake.acceptAll(batch);
        batch.forEach(oneByOne::accept);

        assertThat(batched.state()).isEqualTo(oneByOne.state());
        assertThat(batched.items.calls).containsExactly("findAll", "writeAll", "flag");
        assertThat(batched.index.roundTrips())
                .as("one candidate read, one write")
                .isEqualTo(2);
        assertThat(batched.texts.reads).isEqualTo(1);
        assertThat(oneByOne.items.calls).hasSize(2 * 51 + 1);
        assertThat(flagged(batched, "t-7")).containsExactly("s-copy");
    }

    @Test
    void aRunOfResubmissionsSettlesTheAttemptsItSupersededAtOnceAndEndsAsOneByOne() {
        World batched = new World();
        World oneByOne = new World();
        // first attempts: t-0 … t-19, each odd teacher's a near-copy of the even teacher's before it, so both are
        // flagged
        List<EssaySubmitted> first = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String id = "s-" + i + "-1";
            if (i % 2 == 0) {
                essay(id);
            } else {
                text(id, essays.nearCopy(texts.get(SubmissionId.of("s-" + (i - 1) + "-1")), EDITED_SHARE));
            }
            first.add(submitted("t-" + i, id, 1));
        }
        List<DomainEvent> resubmissions = new ArrayList<>();
        for (int i = 0; i < 20; i += 2) {
            essay("s-" + i + "-2"); // an even teacher rewrites: the odd one's copy no longer matches anything current
            resubmissions.add(submitted("t-" + i, "s-" + i + "-2", 2));
        }
        for (World w : List.of(batched, oneByOne)) {
            w.intake.acceptAll(new ArrayList<>(first));
            w.items.calls.clear();
        }
        assertThat(flagged(batched, "t-1")).containsExactly("s-0-1");
        int removalsBefore = batched.index.removals();

        batched.intake.acceptAll(resubmissions);
        resubmissions.forEach(oneByOne::accept);

        assertThat(batched.state()).isEqualTo(oneByOne.state());
        for (int i = 0; i < 20; i++) {
            assertThat(flagged(batched, "t-" + i)).as("t-" + i).isEmpty();
        }
        assertThat(batched.items.calls)
                .as("ten superseded attempts, one module")
                .containsOnlyOnce("unflag");
        assertThat(batched.index.removals() - removalsBefore).isEqualTo(1);
        assertThat(oneByOne.items.calls.stream().filter("unflag"::equals)).hasSize(10);
    }

    @Test
    void aRedeliveredRunChangesNothingAndChecksItsEssaysAgain() {
        World w = new World();
        String shared = essay("s-b1");
        text("s-c1", essays.nearCopy(shared, EDITED_SHARE));
        List<DomainEvent> batch = List.of(submitted("t-b", "s-b1", 1), submitted("t-c", "s-c1", 1));
        w.intake.acceptAll(batch);
        Object once = w.state();
        int indexTrips = w.index.roundTrips();

        w.intake.acceptAll(batch);

        assertThat(w.state()).isEqualTo(once);
        assertThat(w.index.roundTrips())
                .as("checked again: the first check may have crashed")
                .isEqualTo(2 * indexTrips);
        assertThat(flagged(w, "t-c")).containsExactly("s-b1");
    }

    @Test
    void eventsOtherThanEssaysEndTheRunAndAreAppliedBetweenRuns() {
        World w = new World();
        essay("s-a1");
        essay("s-b1");

        w.intake.acceptAll(List.of(submitted("t-a", "s-a1", 1), missed("t-b"), submitted("t-b", "s-b1", 1)));

        assertThat(w.items.calls).containsExactly("findAll", "writeAll", "find", "insert", "findAll", "writeAll");
        GradingItem b = w.items.stored(MODULE, teacher("t-b"));
        assertThat(b.status()).as("the essay outweighs the missed record").isEqualTo(ItemStatus.UNGRADED);
        assertThat(b.version()).as("inserted as missed, then updated").isEqualTo(2);
    }

    @Test
    void aTeacherWhoseWriteLostToAGraderIsRedoneOneByOneAndKeepsTheGradeInItsHistory() {
        World w = new World();
        String original = essay("s-src1");
        essay("s-x1");
        text("s-x2", essays.nearCopy(original, EDITED_SHARE));
        essay("s-y1");
        w.intake.essaySubmitted(submitted("t-src", "s-src1", 1));
        w.intake.essaySubmitted(submitted("t-x", "s-x1", 1));
        // a grader grades the stored attempt between the run's read and its write
        w.items.beforeNextWrite(() ->
                w.items.overwrite(GradingItemTest.grade(w.items.stored(MODULE, teacher("t-x")), "s-x1", "良好", "15.5")));

        w.intake.acceptAll(List.of(submitted("t-x", "s-x2", 2), submitted("t-y", "s-y1", 1)));

        GradingItem x = w.items.stored(MODULE, teacher("t-x"));
        assertThat(x.attempt().submission()).isEqualTo(SubmissionId.of("s-x2"));
        assertThat(x.status()).isEqualTo(ItemStatus.UNGRADED);
        assertThat(x.history()).last().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(AuditEntry.Kind.SUPERSEDED);
            assertThat(e.before().score()).isEqualByComparingTo("15.5");
        });
        assertThat(flagged(w, "t-x")).containsExactly("s-src1");
        assertThat(w.index.contents().keySet())
                .contains("essay/s-x2", "essay/s-y1")
                .doesNotContain("essay/s-x1");
        assertThat(w.items.stored(MODULE, teacher("t-y")).version())
                .as("the other teacher was written by the batch")
                .isEqualTo(1);
    }

    @Test
    void aTeacherStoredMeanwhileIsRedoneOneByOneAndTheAttemptStoredMeanwhileIsForgotten() {
        World w = new World();
        String original = essay("s-n1");
        essay("s-n2");
        text("s-copy1", essays.nearCopy(original, EDITED_SHARE));
        w.intake.essaySubmitted(submitted("t-copy", "s-copy1", 1));
        // another consumer stores and checks the teacher's first attempt after the run read nothing for them
        w.items.beforeNextWrite(() -> w.intake.essaySubmitted(submitted("t-n", "s-n1", 1)));

        w.intake.acceptAll(List.of(submitted("t-n", "s-n2", 2)));

        assertThat(w.items.stored(MODULE, teacher("t-n")).attempt().submission())
                .isEqualTo(SubmissionId.of("s-n2"));
        assertThat(w.index.contents().keySet()).contains("essay/s-n2").doesNotContain("essay/s-n1");
        assertThat(flagged(w, "t-copy"))
                .as("the flag against the superseded attempt is gone")
                .isEmpty();
        assertThat(flagged(w, "t-n")).isEmpty();
    }

    private String essay(String submission) {
        return text(submission, essays.essay(SENTENCES));
    }

    private String text(String submission, String text) {
        texts.put(SubmissionId.of(submission), text);
        return text;
    }

    private static List<String> flagged(World w, String teacher) {
        return w.items.stored(MODULE, teacher(teacher)).nearCopies().stream()
                .map(f -> f.submission().value())
                .toList();
    }

    private static TeacherId teacher(String id) {
        return TeacherId.of(id);
    }

    static EssaySubmitted submitted(String teacher, String submission, int attempt) {
        return new EssaySubmitted(
                EventId.random(),
                COUNTY,
                NOW,
                SubmissionId.of(submission),
                MODULE,
                ProgrammeId.of("p1"),
                TeacherId.of(teacher),
                SchoolId.of("qs-shiyan"),
                NOW.minusSeconds(3600L * (10 - attempt)),
                "sha",
                800,
                attempt);
    }

    static EssayMissed missed(String teacher) {
        return new EssayMissed(
                EventId.random(),
                COUNTY,
                NOW,
                MODULE,
                ProgrammeId.of("p1"),
                TeacherId.of(teacher),
                SchoolId.of("qs-shiyan"),
                NOW);
    }

    /** The intake on its own in-memory queue, index and texts. */
    final class World {
        final InMemoryGradingItems items = new InMemoryGradingItems();
        final InMemoryNearCopyIndex index = new InMemoryNearCopyIndex();
        final Texts texts = new Texts();
        final GradingIntake intake = new GradingIntake(
                items, new Modules(), texts, new NearCopyDetector(index, SIMILARITY), Clock.fixed(NOW, ZoneOffset.UTC));

        void accept(DomainEvent event) {
            if (event instanceof EssaySubmitted e) {
                intake.essaySubmitted(e);
            } else {
                intake.essayMissed((EssayMissed) event);
            }
        }

        Object state() {
            return List.of(items.contents(), index.contents());
        }
    }

    /** The test's texts; "s-file…" submissions have no text version. */
    final class Texts implements EssayTexts {
        int reads;

        @Override
        public Optional<String> textOf(CountyId county, SubmissionId submission) {
            reads++;
            return Optional.ofNullable(GradingIntakeTest.this.texts.get(submission));
        }

        @Override
        public Map<SubmissionId, String> textsOf(CountyId county, Collection<SubmissionId> submissions) {
            reads++;
            Map<SubmissionId, String> found = new HashMap<>();
            submissions.stream()
                    .filter(GradingIntakeTest.this.texts::containsKey)
                    .forEach(s -> found.put(s, GradingIntakeTest.this.texts.get(s)));
            return found;
        }
    }

    static final class Modules implements GradingModules {
        @Override
        public void remember(GradingModule module) {
            throw new UnsupportedOperationException("no module events in these batches");
        }

        @Override
        public Optional<GradingModule> find(CountyId county, ModuleId id) {
            return Optional.empty();
        }

        @Override
        public void release(GradingModule module, List<DomainEvent> events) {
            throw new UnsupportedOperationException("the intake does not release");
        }
    }
}
