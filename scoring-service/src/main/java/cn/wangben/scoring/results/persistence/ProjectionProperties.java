package cn.wangben.scoring.results.persistence;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the projections settle counts.
 *
 * @param takeOver a fact's pending counter change older than this, left by another process, is taken as that process's
 *     crash and completed here; longer than any batch takes, shorter than a restart
 */
@Validated
@ConfigurationProperties("wangben.projections")
public record ProjectionProperties(
        @DefaultValue("15s") @NotNull Duration takeOver) {}
