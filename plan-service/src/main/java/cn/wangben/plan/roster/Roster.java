package cn.wangben.plan.roster;

import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.ProgrammeId;
import cn.wangben.contracts.ids.SchoolId;
import java.time.Instant;
import java.util.Objects;

/**
 * The summary of one accepted import of a school's 学员信息表. {@code reportId} names the stored error report when
 * the admin accepted only the valid rows; it is null when every row was accepted.
 */
public record Roster(
        String id,
        CountyId county,
        ProgrammeId programme,
        SchoolId school,
        RosterStatus status,
        int teachers,
        int batches,
        int rejectedRows,
        String reportId,
        String by,
        Instant importedAt) {

    public Roster {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(county, "county");
        Objects.requireNonNull(programme, "programme");
        Objects.requireNonNull(school, "school");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(importedAt, "importedAt");
    }
}
