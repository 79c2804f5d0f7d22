package cn.wangben.platform.clock;

import cn.wangben.platform.autoconfigure.PlatformAutoConfiguration;
import java.time.Clock;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/** The {@code Clock} every service injects to compare deadlines. */
@AutoConfiguration
@EnableConfigurationProperties(ClockProperties.class)
public class ClockAutoConfiguration {

    /**
     * The system clock, or on a test platform the system clock moved by {@code wangben.clock.offset-file} (see
     * {@link PlatformClock}). Token expiry is never checked with it: Keycloak's clock does not move.
     */
    @Bean
    @ConditionalOnMissingBean
    Clock clock(ClockProperties properties) {
        return PlatformClock.of(properties, PlatformAutoConfiguration.PLATFORM_ZONE);
    }
}
