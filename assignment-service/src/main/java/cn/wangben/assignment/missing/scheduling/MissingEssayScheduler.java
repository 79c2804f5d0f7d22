package cn.wangben.assignment.missing.scheduling;

import cn.wangben.assignment.missing.MissingEssaySweep;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the missing-essay sweep on the server's clock on every instance; the sweep itself makes concurrent runs safe.
 * A missing essay is marked within one interval (plus the settle time) after the teacher's cutoff.
 */
@Component
@ConditionalOnProperty(name = "wangben.missing-essays.scheduler-enabled", matchIfMissing = true)
class MissingEssayScheduler {
    private static final Logger log = LoggerFactory.getLogger(MissingEssayScheduler.class);
    private final MissingEssaySweep sweep;
    private final Clock clock;

    MissingEssayScheduler(MissingEssaySweep sweep, Clock clock) {
        this.sweep = sweep;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${wangben.missing-essays.sweep-interval:60s}")
    void run() {
        try {
            int marked = sweep.sweep(clock.instant());
            if (marked > 0) {
                log.info("Missing-essay sweep marked {} essay(s) missing", marked);
            }
        } catch (RuntimeException e) {
            log.warn("Missing-essay sweep failed; next run retries: {}", e.toString());
        }
    }
}
