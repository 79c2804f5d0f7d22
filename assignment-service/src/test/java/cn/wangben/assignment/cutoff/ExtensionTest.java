package cn.wangben.assignment.cutoff;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wangben.contracts.ids.ModuleId;
import cn.wangben.contracts.ids.TeacherId;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class ExtensionTest {
    static final Instant DUE = Instant.parse("2026-12-15T16:00:00Z");

    @Test
    void aTeachersCutoffIsTheLaterOfTheModulesAndTheirExtension() {
        assertThat(Extension.effectiveCutoff(DUE, Optional.empty())).isEqualTo(DUE);
        assertThat(Extension.effectiveCutoff(DUE, Optional.of(until(DUE.plusSeconds(3600)))))
                .isEqualTo(DUE.plusSeconds(3600));
        // a module moved later than an old extension: the extension never shortens anything
        assertThat(Extension.effectiveCutoff(DUE, Optional.of(until(DUE.minusSeconds(1)))))
                .isEqualTo(DUE);
    }

    @Test
    void anEssayBeforeTheModulesCutoffIsJudgedWithoutLookingUpAnyExtension() {
        AtomicInteger lookups = new AtomicInteger();
        Supplier<Optional<Extension>> extension = () -> {
            lookups.incrementAndGet();
            return Optional.of(until(DUE.plusSeconds(3600)));
        };

        assertThat(Extension.cutoffFor(DUE.minusMillis(1), DUE, extension)).isEqualTo(DUE);
        assertThat(lookups).hasValue(0);
        assertThat(Extension.cutoffFor(DUE, DUE, extension)).isEqualTo(DUE.plusSeconds(3600));
        assertThat(Extension.cutoffFor(DUE.plusMillis(1), DUE, extension)).isEqualTo(DUE.plusSeconds(3600));
        assertThat(lookups).hasValue(2);
        assertThat(Extension.cutoffFor(DUE.plusMillis(1), DUE, Optional::empty)).isEqualTo(DUE);
    }

    @Test
    void deadlinesReadTheWayTheNoticeWritesThemAndKeepMillisecondsWhenThereAreAny() {
        ZoneId shanghai = ZoneId.of("Asia/Shanghai");

        assertThat(Deadlines.display(DUE, shanghai)).isEqualTo("2026年12月15日 24:00");
        assertThat(Deadlines.display(DUE.minusSeconds(1800), shanghai)).isEqualTo("2026年12月15日 23:30");
        assertThat(Deadlines.display(DUE.minusMillis(1), shanghai)).isEqualTo("2026年12月15日 23:59:59.999");
    }

    private static Extension until(Instant until) {
        return new Extension(
                ModuleId.of("m1"), TeacherId.of("t1"), null, until, "病假", "admin-qingshan", DUE.minusSeconds(60));
    }
}
