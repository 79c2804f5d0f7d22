package cn.wangben.plan.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.plan.ProgrammePublished;
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
}
