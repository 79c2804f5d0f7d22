package cn.wangben.platform.clock;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The Clock bean as a service gets it from its properties. */
class ClockAutoConfigurationTest {
    private final ApplicationContextRunner runner =
            new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(ClockAutoConfiguration.class));

    @TempDir
    Path dir;

    @Test
    void productionGetsTheSystemClockInThePlatformZone() {
        runner.run(context ->
                assertThat(context.getBean(Clock.class)).isEqualTo(Clock.system(ZoneId.of("Asia/Shanghai"))));
    }

    @Test
    void aServiceGivenAnOffsetFileWithoutTheTestGuardFailsToStart() {
        runner.withPropertyValues("wangben.clock.offset-file=" + dir.resolve("offset"))
                .run(context -> assertThat(context)
                        .hasFailed()
                        .getFailure()
                        .rootCause()
                        .hasMessageContaining("wangben.clock.adjustable is not true"));
    }

    @Test
    void aTestPlatformGetsTheMovableClock() throws Exception {
        Path file = Files.writeString(dir.resolve("offset"), "86400000");
        runner.withPropertyValues("wangben.clock.offset-file=" + file, "wangben.clock.adjustable=true")
                .run(context -> {
                    Clock clock = context.getBean(Clock.class);
                    assertThat(clock).isInstanceOf(OffsetFileClock.class);
                    assertThat(((OffsetFileClock) clock).offsetMillis()).isEqualTo(86_400_000L);
                });
    }
}
