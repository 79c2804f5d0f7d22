package cn.wangben.plan.hours;

import java.time.Instant;

/**
 * 学时 in a teacher's record. CREDITED entries come from a finalized programme result (one per programme, a later
 * result of the same programme replaces it); RECORDED entries are hours from elsewhere that the county entered with
 * evidence (e.g. 国培, before the platform existed).
 */
public record HoursEntry(String id, String source, String title, int hours, Instant at, String evidence) {
    public static final String CREDITED = "CREDITED";
    public static final String RECORDED = "RECORDED";
}
