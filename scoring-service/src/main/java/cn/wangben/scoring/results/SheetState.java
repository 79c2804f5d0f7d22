package cn.wangben.scoring.results;

import cn.wangben.scoring.schoolscore.SheetStatus;
import java.time.Instant;

/** A school's score sheet as the county's list shows it ({@code sheet_summaries}), or {@code null} fields if none. */
public record SheetState(SheetStatus status, int trainees, int scored, Instant reportedAt, Instant overdueSince) {

    public boolean settled() {
        return status == SheetStatus.REPORTED || status == SheetStatus.CANCELLED;
    }
}
