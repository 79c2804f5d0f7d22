package cn.wangben.assignment.similarity;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.ModuleId;
import cn.wangben.contracts.ids.SubmissionId;
import cn.wangben.contracts.ids.TeacherId;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NearCopyDetectorTest {
    static final SimilaritySettings SETTINGS = new SimilaritySettings(5, 128, 32, 0.5, 0x5eed_0f_c0_9e_5L, 20);
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
