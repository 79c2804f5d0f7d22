package cn.wangben.scoring.schoolscore.scheduling;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * School scoring's deadline sweep.
 *
 * @param schedulerEnabled run the sweep on the server's clock; tests turn it off and call the sweep with instants
 * @param sweepInterval pause between runs: a sheet is flagged overdue within one interval after the deadline
 */
@Validated
@ConfigurationProperties("wangben.school-scoring")
public record SchoolScoringProperties(
        @DefaultValue("true") boolean schedulerEnabled,
        @DefaultValue("60s") @NotNull Duration sweepInterval) {

    public SchoolScoringProperties {
        if (sweepInterval != null && (sweepInterval.isNegative() || sweepInterval.isZero())) {
            throw new IllegalArgumentException("wangben.school-scoring.sweep-interval must be positive");
        }
    }
}
