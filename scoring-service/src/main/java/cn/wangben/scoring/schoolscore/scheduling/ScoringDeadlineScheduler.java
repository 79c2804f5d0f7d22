package cn.wangben.scoring.schoolscore.scheduling;

import cn.wangben.scoring.schoolscore.ScoringDeadlineSweep;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/** Runs the scoring deadline sweep on the server's clock, every {@code wangben.school-scoring.sweep-interval}. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "wangben.school-scoring.scheduler-enabled", matchIfMissing = true)
class ScoringDeadlineScheduler implements SchedulingConfigurer {
    private static final Logger log = LoggerFactory.getLogger(ScoringDeadlineScheduler.class);
    private final ScoringDeadlineSweep sweep;
    private final SchoolScoringProperties properties;
    private final Clock clock;

    ScoringDeadlineScheduler(ScoringDeadlineSweep sweep, SchoolScoringProperties properties, Clock clock) {
        this.sweep = sweep;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(this::run, properties.sweepInterval());
    }

    void run() {
        try {
            int flagged = sweep.sweep(clock.instant());
            if (flagged > 0) {
                log.info("Scoring deadline sweep flagged {} sheet(s) overdue", flagged);
            }
        } catch (RuntimeException e) {
            log.warn("Scoring deadline sweep failed; next run retries: {}", e.toString());
        }
    }
}
