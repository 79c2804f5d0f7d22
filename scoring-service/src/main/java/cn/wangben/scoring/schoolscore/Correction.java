package cn.wangben.scoring.schoolscore;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A change to one trainee of a reported (locked) sheet: proposed by the school with a reason, applied only when the
 * county approves. The audit is the record itself: who asked and when, who decided and when, and the trainee's
 * entries, attendance and totals before and after.
 *
 * @param entries the proposed entries of the items that change; the others stay as they are
 * @param attended the proposed set of attended activity numbers, {@code null} when attendance does not change
 * @param before the trainee's row when the county decided (approved only)
 * @param after the trainee's row once the correction was applied (approved only)
 */
public record Correction(
        String id,
        String teacherKey,
        String teacherName,
        Map<String, ItemEntry> entries,
        List<Integer> attended,
        String reason,
        String requestedBy,
        Instant requestedAt,
        CorrectionStatus status,
        String decidedBy,
        Instant decidedAt,
        String comment,
        Snapshot before,
        Snapshot after) {

    public static final int MAX_TEXT = 500;

    public Correction {
        entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
        attended = attended == null ? null : List.copyOf(attended);
    }

    static Correction requested(
            String id,
            String teacherKey,
            String name,
            Map<String, ItemEntry> entries,
            List<Integer> attended,
            String reason,
            String by,
            Instant at) {
        return new Correction(
                id,
                teacherKey,
                name,
                entries,
                attended,
                reason,
                by,
                at,
                CorrectionStatus.PENDING,
                null,
                null,
                null,
                null,
                null);
    }

    Correction approved(String by, Instant at, String comment, Snapshot before, Snapshot after) {
        return new Correction(
                id,
                teacherKey,
                teacherName,
                entries,
                attended,
                reason,
                requestedBy,
                requestedAt,
                CorrectionStatus.APPROVED,
                by,
                at,
                comment,
                before,
                after);
    }

    Correction rejected(String by, Instant at, String comment) {
        return new Correction(
                id,
                teacherKey,
                teacherName,
                entries,
                attended,
                reason,
                requestedBy,
                requestedAt,
                CorrectionStatus.REJECTED,
                by,
                at,
                comment,
                null,
                null);
    }

    public boolean pending() {
        return status == CorrectionStatus.PENDING;
    }

    /**
     * One trainee's row at a moment: the entries of every item, the attended activities and the totals.
     *
     * @param rawTotal on the rubric's declared total
     * @param schoolScore scaled to the school points
     */
    public record Snapshot(
            Map<String, ItemEntry> entries, List<Integer> attended, BigDecimal rawTotal, BigDecimal schoolScore) {
        public Snapshot {
            entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
            attended = List.copyOf(attended);
        }
    }
}
