package cn.wangben.scoring.dashboard.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The at-risk rules and the hourly chart of the dashboards.
 *
 * @param zone deadlines are shown and submissions counted per clock hour in this zone
 * @param planWarning flag a school without plan or roster from this long before the plan-and-roster deadline
 * @param submissionWindow watch (and chart by hour) a module's submissions this long before its cutoff
 * @param submissionRatePercent flag a school whose share of enrolled trainees who submitted is below this
 * @param sheetWarning flag an unreported score sheet from this long before the school scoring deadline
 */
@Validated
@ConfigurationProperties("wangben.dashboards")
public record DashboardProperties(
        @DefaultValue("Asia/Shanghai") @NotNull ZoneId zone,
        @DefaultValue("48h") @NotNull Duration planWarning,
        @DefaultValue("24h") @NotNull Duration submissionWindow,
        @DefaultValue("50") @Min(0) @Max(100) int submissionRatePercent,
        @DefaultValue("72h") @NotNull Duration sheetWarning) {}
