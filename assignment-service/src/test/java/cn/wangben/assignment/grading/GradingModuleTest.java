package cn.wangben.assignment.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.ModuleId;
import cn.wangben.contracts.ids.ProgrammeId;
import cn.wangben.platform.domain.DomainException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class GradingModuleTest {
    static final Instant DUE = Instant.parse("2026-12-15T16:00:00Z");
    static final GradingModule MODULE = new GradingModule(
            ModuleId.of("m-team"), CountyId.of("qingshan"), ProgrammeId.of("p1"), "队伍建设", 20, DUE, null, 3);

    @Test
    void releasesOnceEveryEssayIsGradedAfterTheCutoff() {
        var released = MODULE.releaseBy("admin-qingshan", DUE, 0);

        assertThat(released.module().released()).isTrue();
        assertThat(released.module().version()).as("the version it was read at").isEqualTo(3);
        assertThat(released.event().moduleId()).isEqualTo(MODULE.id());
        assertThat(released.event().by()).isEqualTo("admin-qingshan");
    }

    @Test
    void refusesToReleaseBeforeTheCutoffWithUngradedEssaysOrTwice() {
        assertThatThrownBy(() -> MODULE.releaseBy("a", DUE.minusMillis(1), 0))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.code()).isEqualTo("module-not-due"));
        assertThatThrownBy(() -> MODULE.releaseBy("a", DUE, 2))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.getMessage()).contains("尚有 2 份作业未评阅"));
        var released = MODULE.releaseBy("a", DUE, 0).module();
        assertThatThrownBy(() -> released.releaseBy("a", DUE, 0))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.CONFLICT));
    }

    @Test
    void gradesWithTheBandsOfItsOwnSize() {
        var tenPoints = new GradingModule(MODULE.id(), MODULE.county(), MODULE.programme(), "小板块", 10, DUE, null, 1);

        assertThat(tenPoints.bands().get(0).min()).isEqualByComparingTo("9.0");
    }
}
