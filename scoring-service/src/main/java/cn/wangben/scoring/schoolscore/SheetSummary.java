package cn.wangben.scoring.schoolscore;

import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.ProgrammeId;
import cn.wangben.contracts.ids.SchoolId;
import java.time.Instant;

/**
 * One line of the county's list of score sheets.
 *
 * @param trainees rostered, non-exempt trainees
 * @param scored trainees with a complete score (all of them for a cancelled school)
 * @param overdueSince the deadline the sheet was flagged overdue for, if it was
 */
public record SheetSummary(
        CountyId county,
        ProgrammeId programme,
        SchoolId school,
        SheetStatus status,
        boolean planApproved,
        boolean rosterImported,
        int trainees,
        int scored,
        Instant reportedAt,
        String reportedBy,
        Instant overdueSince,
        String cancelledReason,
        int pendingCorrections,
        Instant updatedAt) {}
