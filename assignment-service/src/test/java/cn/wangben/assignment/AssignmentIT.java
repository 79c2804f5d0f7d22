package cn.wangben.assignment;

import cn.wangben.testinfra.EventFixtures;
import cn.wangben.testinfra.MutableClock;
import cn.wangben.testinfra.WangbenIntegrationTest;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Instant;
import java.time.ZoneId;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * The service with MockMvc, a {@link MutableClock} and {@link EventFixtures}. Every integration test class of the
 * service uses this one configuration, so they share one application context (and its database): tests keep apart by
 * their own modules and teacher ids, never by an empty database.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@WangbenIntegrationTest
@AutoConfigureMockMvc
@Import({AssignmentIT.Clocks.class, EventFixtures.class, Scenario.class, BucketContents.class})
public @interface AssignmentIT {

    @TestConfiguration
    class Clocks {
        @Bean
        MutableClock clock() {
            return new MutableClock(Instant.parse("2026-12-01T00:00:00Z"), ZoneId.of("Asia/Shanghai"));
        }
    }
}
