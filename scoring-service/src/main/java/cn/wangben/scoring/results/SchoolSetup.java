package cn.wangben.scoring.results;

import java.time.Instant;
import java.util.List;

/**
 * A school's plan, roster and standing in a programme, as plan-service's events told them.
 *
 * @param planComment the county's comment when the plan was returned
 * @param rosterImportedAt {@code null} until a roster import completed
 * @param missing what the school lacked when cancelled (PLAN, ROSTER)
 */
public record SchoolSetup(
        PlanStatus plan,
        Instant planAt,
        String planComment,
        Instant rosterImportedAt,
        int rosterTeachers,
        boolean cancelled,
        List<String> missing) {

    public SchoolSetup {
        missing = missing == null ? List.of() : List.copyOf(missing);
    }

    public static SchoolSetup none() {
        return new SchoolSetup(PlanStatus.NONE, null, null, null, 0, false, List.of());
    }

    public boolean rosterImported() {
        return rosterImportedAt != null;
    }
}
