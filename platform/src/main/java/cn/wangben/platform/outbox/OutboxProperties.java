package cn.wangben.platform.outbox;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param collections the collections whose documents carry an {@code outbox} array
 * @param pollInterval how long the relay idles between rounds when nobody hands it events
 * @param batchSize events sent to the broker before their acknowledgements are awaited together
 * @param sendTimeout how long to wait for the broker to acknowledge (acks=all) before retrying later
 * @param recoveryInterval how often the collections are searched for events no hand-off announced (written by an
 *     instance that crashed before relaying them, or refused by the broker)
 * @param handoffCapacity events waiting in memory for the relay; beyond it, writers' events wait for the next search
 */
@Validated
@ConfigurationProperties("wangben.outbox")
public record OutboxProperties(
        @DefaultValue List<String> collections,
        @DefaultValue("250ms") @NotNull Duration pollInterval,
        @DefaultValue("500") @Min(1) int batchSize,
        @DefaultValue("10s") @NotNull Duration sendTimeout,
        @DefaultValue("30s") @NotNull Duration recoveryInterval,
        @DefaultValue("20000") @Min(1) int handoffCapacity) {}
