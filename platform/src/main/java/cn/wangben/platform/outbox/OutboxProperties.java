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
 * @param pollInterval how often the relay looks for events a crashed instance left behind (a save also wakes it)
 * @param batchSize documents read per poll
 * @param sendTimeout how long to wait for the broker to acknowledge (acks=all) before retrying later
 */
@Validated
@ConfigurationProperties("wangben.outbox")
public record OutboxProperties(
        @DefaultValue List<String> collections,
        @DefaultValue("250ms") @NotNull Duration pollInterval,
        @DefaultValue("200") @Min(1) int batchSize,
        @DefaultValue("10s") @NotNull Duration sendTimeout) {}
