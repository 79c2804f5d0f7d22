package cn.wangben.platform.messaging;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Topic layout and consumer retry policy.
 *
 * @param partitions partitions per topic; keys spread teachers over them
 * @param replicas replication factor (1 locally, 3 in production)
 * @param retryAttempts redeliveries of a failing record before it goes to the dead-letter topic
 * @param retryInterval pause between redeliveries
 */
@Validated
@ConfigurationProperties("wangben.messaging")
public record MessagingProperties(
        @DefaultValue("3") @Min(1) int partitions,
        @DefaultValue("1") @Min(1) short replicas,
        @DefaultValue("3") @Min(0) int retryAttempts,
        @DefaultValue("200ms") @NotNull Duration retryInterval) {}
