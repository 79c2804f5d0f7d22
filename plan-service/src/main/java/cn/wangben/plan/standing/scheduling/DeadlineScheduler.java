package cn.wangben.plan.standing.scheduling;

import cn.wangben.plan.standing.DeadlineSweep;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Runs the deadline sweep on the server's clock; a school is cancelled within one interval after the deadline. */
@Component
@ConditionalOnProperty(name = "wangben.deadlines.scheduler-enabled", matchIfMissing = true)
class DeadlineScheduler {
    private static final Logger log = LoggerFactory.getLogger(DeadlineScheduler.class);
    private final DeadlineSweep sweep;
    private final Clock clock;

    DeadlineScheduler(DeadlineSweep sweep, Clock clock) {
        this.sweep = sweep;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${wangben.deadlines.sweep-interval:30s}")
    void run() {
        try {
            int cancelled = sweep.sweep(clock.instant());
            if (cancelled > 0) {
                log.info("Deadline sweep cancelled {} school(s)", cancelled);
            }
        } catch (RuntimeException e) {
            log.warn("Deadline sweep failed; next run retries: {}", e.toString());
        }
    }
}
