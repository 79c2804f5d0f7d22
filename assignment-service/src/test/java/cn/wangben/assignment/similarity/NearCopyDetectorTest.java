package cn.wangben.assignment.similarity;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.ModuleId;
import cn.wangben.contracts.ids.SubmissionId;
import cn.wangben.contracts.ids.TeacherId;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NearCopyDetectorTest {
    static final SimilaritySettings SETTINGS = new SimilaritySettings(5, 128, 32, 0.5, 0x5eed_0f_c0_9e_5L, 20, 10, 200);
    static final EssayScope MODULE = new EssayScope(CountyId.of("qingshan"), ModuleId.of("m-team"));
    static final int ESSAYS = 10_000;
    static final int SENTENCES = 15;
    static final int VOCABULARY = 8_000;
    /** About one character in twenty changed. */
    static final double EDITED_SHARE = 0.05;

    final InMemoryNearCopyIndex index = new InMemoryNearCopyIndex();
    final NearCopyDetector detector = new NearCopyDetector(index, SETTINGS);

    @Test
    void aPlantedNearCopyAmongTenThousandEssaysIsFoundAndNoHonestEssayIs() {
        SyntheticEssays essays = new SyntheticEssays(20261209L, VOCABULARY);
        List<String> texts = new ArrayList<>();
        int honestFlags = 0;
        for (int i = 0; i < ESSAYS; i++) {
            String text = essays.essay(SENTENCES);
            texts.add(text);
            honestFlags +=
                    detector.register(MODULE, submission(i), teacher(i), text).size();
        }
        String copied = texts.get(4321);

        List<NearCopy> copy =
                detector.register(MODULE, submission(ESSAYS), teacher(ESSAYS), essays.nearCopy(copied, EDITED_SHARE));
        List<NearCopy> honest =
                detector.register(MODULE, submission(ESSAYS + 1), teacher(ESSAYS + 1), essays.essay(SENTENCES));

        assertThat(honestFlags).as("honest essays flagged while indexing").isZero();
        assertThat(copy).extracting(NearCopy::submission).containsExactly(submission(4321));
        assertThat(copy.get(0).similarity()).isGreaterThanOrEqualTo(BigDecimal.valueOf(SETTINGS.threshold()));
        assertThat(honest).isEmpty();
        assertThat(index.size()).isEqualTo(ESSAYS + 2);
        // LSH keeps the work small: far fewer comparisons than one per indexed essay
        assertThat(index.candidatesReturned()).isLessThan(ESSAYS);
    }

    @Test
    void aPlantedPairInsideOneBatchIsFoundAndNoHonestEssayIsInOneReadAndOneWritePerBatch() {
        SyntheticEssays essays = new SyntheticEssays(20261213L, VOCABULARY);
        int batches = 20;
        int batchSize = 100;
        List<String> flagged = new ArrayList<>();
        Map<SubmissionId, List<NearCopy>> planted = Map.of();
        for (int b = 0; b < batches; b++) {
            List<NearCopyDetector.Essay> batch = new ArrayList<>();
            for (int i = b * batchSize; i < (b + 1) * batchSize; i++) {
                batch.add(new NearCopyDetector.Essay(submission(i), teacher(i), essays.essay(SENTENCES)));
            }
            if (b == batches - 1) {
                String original = batch.get(20).text();
                batch.set(80, new NearCopyDetector.Essay(submission(-1), teacher(-1), essays.nearCopy(original, 0.05)));
            }
            planted = detector.registerAll(MODULE, batch);
            planted.forEach((id, copies) -> copies.forEach(
                    c -> flagged.add(id.value() + "~" + c.submission().value())));
        }

        int last = (batches - 1) * batchSize;
        assertThat(flagged).containsExactly("s--1~" + submission(last + 20).value());
        assertThat(planted.get(submission(-1)).get(0).author()).isEqualTo(teacher(last + 20));
        assertThat(index.size()).isEqualTo(batches * batchSize);
        assertThat(index.roundTrips()).isEqualTo(2 * batches);
    }

    @Test
    void aBatchFindsWhatRegisteringOneByOneFinds() {
        SyntheticEssays essays = new SyntheticEssays(12L, VOCABULARY);
        List<NearCopyDetector.Essay> all = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            all.add(new NearCopyDetector.Essay(submission(i), teacher(i), essays.essay(SENTENCES)));
        }
        // copies of an earlier batch, of the same batch, several of one essay, one by the original's own author
        for (int source : new int[] {3, 25, 25, 33, 38}) {
            int n = all.size();
            all.add(new NearCopyDetector.Essay(
                    submission(n), teacher(n), essays.nearCopy(all.get(source).text(), 0.05)));
        }
        all.add(new NearCopyDetector.Essay(
                submission(99), teacher(38), all.get(38).text()));
        all.add(new NearCopyDetector.Essay(submission(100), teacher(100), "同意。"));
        InMemoryNearCopyIndex oneByOneIndex = new InMemoryNearCopyIndex();
        NearCopyDetector oneByOne = new NearCopyDetector(oneByOneIndex, SETTINGS);

        Map<SubmissionId, List<NearCopy>> batched = new LinkedHashMap<>();
        batched.putAll(detector.registerAll(MODULE, all.subList(0, 20)));
        batched.putAll(detector.registerAll(MODULE, all.subList(20, all.size())));
        Map<SubmissionId, List<NearCopy>> single = new LinkedHashMap<>();
        all.forEach(e -> single.put(e.submission(), oneByOne.register(MODULE, e.submission(), e.author(), e.text())));

        assertThat(batched).isEqualTo(single);
        assertThat(batched.get(submission(40))).extracting(NearCopy::submission).containsExactly(submission(3));
        assertThat(batched.get(submission(42))).extracting(NearCopy::submission).contains(submission(25));
        assertThat(batched.get(submission(99)))
                .as("the author's own essay is no copy; another's copy of it is")
                .extracting(NearCopy::submission)
                .containsExactly(submission(44));
        assertThat(index.contents()).isEqualTo(oneByOneIndex.contents());
    }

    @Test
    void aTemplateHandedInByManyTeachersIsFlaggedOnEachWhileTheWorkPerEssayStaysBounded() {
        String template = new SyntheticEssays(9L, VOCABULARY).essay(SENTENCES);
        int copies = 600;
        int batchSize = 20;
        List<Integer> flagsPerEssay = new ArrayList<>();
        long readsBefore = 0;
        long lastBatchReads = 0;
        for (int b = 0; b < copies / batchSize; b++) {
            List<NearCopyDetector.Essay> batch = new ArrayList<>();
            for (int i = b * batchSize; i < (b + 1) * batchSize; i++) {
                batch.add(new NearCopyDetector.Essay(submission(i), teacher(i), template));
            }
            readsBefore = index.candidatesReturned();
            detector.registerAll(MODULE, batch).values().forEach(found -> flagsPerEssay.add(found.size()));
            lastBatchReads = index.candidatesReturned() - readsBefore;
        }

        assertThat(flagsPerEssay.get(0))
                .as("the first hand-in has nothing to match")
                .isZero();
        assertThat(flagsPerEssay.subList(SETTINGS.flagsKept(), copies))
                .as("every later copy is flagged, with at most the kept number of matches")
                .allMatch(n -> n == SETTINGS.flagsKept());
        assertThat(index.contents().values())
                .as("no bucket names more than its capacity")
                .allMatch(members -> members.size() <= SETTINGS.bucketCapacity());
        assertThat(lastBatchReads)
                .as("the last batch read no more signatures than a full bucket holds, not all %d copies", copies)
                .isLessThanOrEqualTo(SETTINGS.bucketCapacity());
    }

    @Test
    void reflowingAndRepunctuatingACopyDoesNotHideIt() {
        SyntheticEssays essays = new SyntheticEssays(7L, VOCABULARY);
        String original = essays.essay(SENTENCES);
        detector.register(MODULE, submission(1), teacher(1), original);

        String reflowed = original.replace("，", " ").replace("。", "！\n");

        assertThat(detector.register(MODULE, submission(2), teacher(2), reflowed))
                .singleElement()
                .satisfies(n -> assertThat(n.similarity()).isEqualByComparingTo("1.00"));
    }

    @Test
    void theSameTeachersOtherAttemptIsNeverANearCopy() {
        String text = new SyntheticEssays(8L, VOCABULARY).essay(SENTENCES);
        detector.register(MODULE, submission(1), teacher(1), text);

        assertThat(detector.register(MODULE, submission(2), teacher(1), text)).isEmpty();
    }

    @Test
    void essaysOfAnotherModuleOrCountyAreNotCompared() {
        String text = new SyntheticEssays(9L, VOCABULARY).essay(SENTENCES);
        detector.register(MODULE, submission(1), teacher(1), text);

        var otherModule = new EssayScope(MODULE.county(), ModuleId.of("m-ethics"));
        var otherCounty = new EssayScope(CountyId.of("yunshui"), MODULE.module());

        assertThat(detector.register(otherModule, submission(2), teacher(2), text))
                .isEmpty();
        assertThat(detector.register(otherCounty, submission(3), teacher(3), text))
                .isEmpty();
    }

    @Test
    void aForgottenEssayIsNoLongerACandidate() {
        String text = new SyntheticEssays(10L, VOCABULARY).essay(SENTENCES);
        detector.register(MODULE, submission(1), teacher(1), text);

        detector.forget(MODULE, submission(1));

        assertThat(detector.register(MODULE, submission(2), teacher(2), text)).isEmpty();
    }

    @Test
    void registeringTheSameEssayTwiceStoresItOnce() {
        String text = new SyntheticEssays(11L, VOCABULARY).essay(SENTENCES);

        detector.register(MODULE, submission(1), teacher(1), text);
        detector.register(MODULE, submission(1), teacher(1), text);

        assertThat(index.size()).isEqualTo(1);
    }

    @Test
    void tooShortEssaysAreNotJudged() {
        assertThat(detector.register(MODULE, submission(1), teacher(1), "同意。")).isEmpty();
        assertThat(detector.register(MODULE, submission(2), teacher(2), "同意。")).isEmpty();
        assertThat(index.size()).isZero();
    }

    static SubmissionId submission(int i) {
        return SubmissionId.of("s-" + i);
    }

    static TeacherId teacher(int i) {
        return TeacherId.of("t-" + i);
    }
}
