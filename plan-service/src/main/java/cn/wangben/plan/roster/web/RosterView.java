package cn.wangben.plan.roster.web;

import cn.wangben.plan.roster.Roster;
import java.time.Instant;

/** A roster import as the school admin and the county see it. */
record RosterView(
        String rosterId,
        String schoolId,
        String status,
        int teachers,
        int batches,
        int rejectedRows,
        String reportId,
        String by,
        Instant importedAt) {

    static RosterView of(Roster r) {
        return new RosterView(
                r.id(),
                r.school().value(),
                r.status().name(),
                r.teachers(),
                r.batches(),
                r.rejectedRows(),
                r.reportId(),
                r.by(),
                r.importedAt());
    }
}
