package cn.wangben.assignment.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.wangben.contracts.assignment.EssayMissed;
import cn.wangben.contracts.assignment.EssaySubmitted;
import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.EventId;
import cn.wangben.contracts.ids.ModuleId;
import cn.wangben.contracts.ids.ProgrammeId;
import cn.wangben.contracts.ids.SchoolId;
import cn.wangben.contracts.ids.SubmissionId;
import cn.wangben.contracts.ids.TeacherId;
import cn.wangben.platform.domain.DomainException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class GradingItemTest {
    static final Instant NOW = Instant.parse("2026-12-17T02:00:00Z");
    static final List<GradingBand> BANDS = BandPolicy.COUNTY_NOTICE.bandsFor(20);
    static final GradingSettings SETTINGS = new GradingSettings(2000, 50, 100);

    @Test
    void aLaterAttemptReplacesTheCurrentOne() {
        GradingItem first = GradingItem.submitted(submitted("s-1", 1));

        GradingItem second = first.withSubmission(submitted("s-2", 2), NOW).orElseThrow();

        assertThat(second.attempt().submission()).isEqualTo(SubmissionId.of("s-2"));
        assertThat(second.attempt().number()).isEqualTo(2);
        assertThat(second.status()).isEqualTo(ItemStatus.UNGRADED);
    }

    @Test
    void anEarlierAttemptArrivingLateChangesNothing() {
        GradingItem second = GradingItem.submitted(submitted("s-2", 2));

        assertThat(second.withSubmission(submitted("s-1", 1), NOW)).isEmpty();
        assertThat(second.withSubmission(submitted("s-2", 2), NOW))
                .as("redelivered")
                .isEmpty();
    }

    @Test
    void aGradedAttemptThatIsReplacedKeepsItsGradeInTheHistoryAndTheItemAwaitsGradingAgain() {
        GradingItem graded = grade(GradingItem.submitted(submitted("s-1", 1)), "s-1", "良好", "15.5");

        GradingItem replaced = graded.withSubmission(submitted("s-2", 2), NOW).orElseThrow();

        assertThat(replaced.status()).isEqualTo(ItemStatus.UNGRADED);
        assertThat(replaced.grade()).isNull();
        assertThat(replaced.revision()).as("revisions keep counting").isEqualTo(1);
        assertThat(replaced.history()).last().satisfies(entry -> {
            assertThat(entry.kind()).isEqualTo(AuditEntry.Kind.SUPERSEDED);
            assertThat(entry.submission()).isEqualTo(SubmissionId.of("s-1"));
            assertThat(entry.before().score()).isEqualByComparingTo("15.5");
        });
        GradingItem regraded = grade(replaced, "s-2", "优秀", "18.5");
        assertThat(regraded.revision()).isEqualTo(2);
    }

    @Test
    void gradingPublishesTheGradeWithRisingRevisionsAndAuditsEveryEdit() {
        GradingItem item = GradingItem.submitted(submitted("s-1", 1));

        var first = item.grade(request("s-1", "良好", "15.5", "条理清楚"), BANDS, SETTINGS, "grader-wang", NOW, false)
                .orElseThrow();
        var second = first.item()
                .grade(request("s-1", "优秀", "18.0", "修改后"), BANDS, SETTINGS, "grader-li", NOW.plusSeconds(60), true)
                .orElseThrow();

        assertThat(first.event().revision()).isEqualTo(1);
        assertThat(first.event().score()).isEqualByComparingTo("15.5");
        assertThat(first.event().by()).isEqualTo("grader-wang");
        assertThat(second.event().revision()).isEqualTo(2);
        assertThat(second.event().band()).isEqualTo("优秀");
        assertThat(second.item().history()).hasSize(2).last().satisfies(entry -> {
            assertThat(entry.kind()).isEqualTo(AuditEntry.Kind.REGRADED);
            assertThat(entry.before().band()).isEqualTo("良好");
            assertThat(entry.after().band()).isEqualTo("优秀");
            assertThat(entry.by()).isEqualTo("grader-li");
            assertThat(entry.afterRelease()).isTrue();
        });
    }

    @Test
    void savingTheSameVerdictAgainIsNoEdit() {
        GradingItem graded = grade(GradingItem.submitted(submitted("s-1", 1)), "s-1", "良好", "15.5");

        assertThat(graded.grade(request("s-1", "良好", "15.50", "条理清楚"), BANDS, SETTINGS, "grader-li", NOW, false))
                .isEmpty();
    }

    @Test
    void aGradeForAnAttemptTheGraderDidNotSeeIsAConflict() {
        GradingItem item = GradingItem.submitted(submitted("s-2", 2));

        assertThatThrownBy(() -> item.grade(request("s-1", "良好", "15", ""), BANDS, SETTINGS, "g", NOW, false))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.kind()).isEqualTo(DomainException.Kind.CONFLICT);
                    assertThat(e.getMessage()).contains("已重新提交作业（第 2 次）");
                });
    }

    @Test
    void aMissedEssayScoresZeroAndCannotBeGraded() {
        GradingItem missed = GradingItem.missed(new EssayMissed(
                EventId.random(),
                CountyId.of("qingshan"),
                NOW,
                ModuleId.of("m-team"),
                ProgrammeId.of("p1"),
                TeacherId.of("t-1"),
                SchoolId.of("qs-shiyan"),
                NOW));

        assertThat(missed.status()).isEqualTo(ItemStatus.MISSING);
        assertThatThrownBy(() -> missed.grade(request("s-1", "良好", "15", ""), BANDS, SETTINGS, "g", NOW, false))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.code()).isEqualTo("essay-missing"));
        assertThat(missed.withSubmission(submitted("s-1", 1), NOW))
                .as("an essay accepted after all (e.g. with an extension) outweighs the missed record")
                .hasValueSatisfying(item -> assertThat(item.status()).isEqualTo(ItemStatus.UNGRADED));
    }

    static GradingItem grade(GradingItem item, String submission, String band, String score) {
        return item.grade(request(submission, band, score, "条理清楚"), BANDS, SETTINGS, "grader-wang", NOW, false)
                .orElseThrow()
                .item();
    }

    static GradeRequest request(String submission, String band, String score, String comment) {
        return new GradeRequest(SubmissionId.of(submission), band, new BigDecimal(score), comment);
    }

    static EssaySubmitted submitted(String submission, int attempt) {
        return new EssaySubmitted(
                EventId.random(),
                CountyId.of("qingshan"),
                NOW,
                SubmissionId.of(submission),
                ModuleId.of("m-team"),
                ProgrammeId.of("p1"),
                TeacherId.of("t-1"),
                SchoolId.of("qs-shiyan"),
                NOW.minusSeconds(3600L * attempt),
                "sha",
                800,
                attempt);
    }
}
