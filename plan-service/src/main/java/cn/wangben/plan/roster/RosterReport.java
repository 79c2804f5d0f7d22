package cn.wangben.plan.roster;

import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.ProgrammeId;
import cn.wangben.contracts.ids.SchoolId;
import java.time.Instant;

/** The error report (.xlsx with 行号/列/问题) of an import, kept for the school admin to download. */
public record RosterReport(
        String id, CountyId county, ProgrammeId programme, SchoolId school, byte[] content, Instant createdAt) {

    /** Reports larger than this are not kept (a stored document stays far below MongoDB's 16 MB). */
    public static final int MAX_BYTES = 8 * 1024 * 1024;

    public RosterReport {
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }
}
