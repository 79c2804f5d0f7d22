package cn.wangben.scoring.results;

import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.ProgrammeId;
import java.time.Instant;
import java.util.List;

/**
 * The county's act of finalizing a programme, with its audit: who, when, whether it was forced past missing items
 * and why, and what was missing then. {@code startedAt} is the results' finalization instant, also on a resumed run.
 *
 * @param version the stored version, for the guarded completion
 */
public record Finalization(
        CountyId county,
        ProgrammeId programme,
        FinalizationState state,
        Instant startedAt,
        String startedBy,
        boolean forced,
        String reason,
        List<String> missing,
        Instant completedAt,
        int trainees,
        int passed,
        int exempt,
        long version) {

    public Finalization {
        missing = List.copyOf(missing);
    }

    public boolean completed() {
        return state == FinalizationState.COMPLETED;
    }
}
