package cn.wangben.scoring.dashboard;

import java.time.Duration;
import java.time.ZoneId;

/**
 * When the at-risk rules start to watch.
 *
 * @param planWarning how long before the plan-and-roster deadline a missing plan or roster is flagged
 * @param submissionWindow how long before a module's cutoff its submission rate is watched (and charted by hour)
 * @param submissionRatePercent below this share of enrolled trainees submitted, the school is flagged
 * @param sheetWarning how long before the school scoring deadline an unreported sheet is flagged
 * @param zone the zone deadlines are shown and hours are counted in
 */
public record RiskSettings(
        Duration planWarning,
        Duration submissionWindow,
        int submissionRatePercent,
        Duration sheetWarning,
        ZoneId zone) {}
