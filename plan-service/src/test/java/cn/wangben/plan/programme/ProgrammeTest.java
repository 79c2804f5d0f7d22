package cn.wangben.plan.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.plan.ProgrammePublished;
import cn.wangben.contracts.plan.ProgrammeRevised;
import cn.wangben.platform.domain.DomainException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class ProgrammeTest {
    private final Clock clock = Clock.fixed(Instant.parse("2026-12-01T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

    @Test
    void publishingRaisesProgrammePublishedWithTheSettings() {
        Programme programme = Programme.draft(CountyId.of("qingshan"), ProgrammeSettingsTest.notice(), "qs-admin");

        var events = programme.publish(clock);

        assertThat(programme.status()).isEqualTo(ProgrammeStatus.PUBLISHED);
        assertThat(events).singleElement().isInstanceOfSatisfying(ProgrammePublished.class, e -> {
            assertThat(e.countyId()).isEqualTo(CountyId.of("qingshan"));
            assertThat(e.programmeId()).isEqualTo(programme.id());
            assertThat(e.enrollmentCutoff()).isEqualTo(ProgrammeSettingsTest.ENROLLMENT_CUTOFF);
            assertThat(e.occurredAt()).isEqualTo(clock.instant());
            assertThat(e.passMark()).isEqualTo(60);
        });
    }

    @Test
    void aProgrammeIsPublishedOnlyOnce() {
        Programme programme = Programme.draft(CountyId.of("qingshan"), ProgrammeSettingsTest.notice(), "qs-admin");
        programme.publish(clock);

        assertThatThrownBy(() -> programme.publish(clock))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.CONFLICT));
    }

    @Test
    void aPublishedProgrammeChangesOnlyByARevisionThatRecordsEveryChangedSetting() {
        Programme programme = Programme.draft(CountyId.of("qingshan"), ProgrammeSettingsTest.notice(), "qs-admin");
        programme.publish(clock);
        ProgrammeSettings stricter = withPassMark(ProgrammeSettingsTest.notice(), 65);

        assertThatThrownBy(() -> programme.editDraft(stricter)).isInstanceOf(DomainException.class);
        var events = programme.revise(stricter, " 县教育局要求提高合格线 ", "qs-admin", clock.instant());

        assertThat(programme.settings().passMark()).isEqualTo(65);
        assertThat(programme.revisions()).singleElement().satisfies(r -> {
            assertThat(r.number()).isEqualTo(1);
            assertThat(r.reason()).isEqualTo("县教育局要求提高合格线");
            assertThat(r.changes()).containsExactly(new ProgrammeRevision.Change("passMark", "60", "65"));
        });
        assertThat(events).singleElement().isInstanceOfSatisfying(ProgrammeRevised.class, e -> {
            assertThat(e.passMark()).isEqualTo(65);
            assertThat(e.revision()).isEqualTo(1);
        });
    }

    @Test
    void aRevisionNeedsAReasonAndAChange() {
        Programme programme = Programme.draft(CountyId.of("qingshan"), ProgrammeSettingsTest.notice(), "qs-admin");
        programme.publish(clock);

        assertThatThrownBy(() ->
                        programme.revise(withPassMark(programme.settings(), 65), " ", "qs-admin", clock.instant()))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.field()).isEqualTo("reason"));
        assertThatThrownBy(() -> programme.revise(programme.settings(), "无改动", "qs-admin", clock.instant()))
                .isInstanceOf(DomainException.class);
        assertThat(programme.revisions()).isEmpty();
    }

    @Test
    void aDraftIsEditedFreelyButCannotBeRevised() {
        Programme programme = Programme.draft(CountyId.of("qingshan"), ProgrammeSettingsTest.notice(), "qs-admin");

        programme.editDraft(withPassMark(programme.settings(), 70));

        assertThat(programme.settings().passMark()).isEqualTo(70);
        assertThatThrownBy(() -> programme.revise(withPassMark(programme.settings(), 60), "x", "a", clock.instant()))
                .isInstanceOf(DomainException.class);
    }

    private static ProgrammeSettings withPassMark(ProgrammeSettings s, int passMark) {
        return ProgrammeSettingsTest.noticeWith(java.util.Map.of("passMark", passMark, "name", s.name()));
    }
}
