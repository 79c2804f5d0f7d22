package cn.wangben.plan.standing;

import cn.wangben.contracts.ids.SchoolId;
import java.util.ArrayList;
import java.util.List;

/**
 * What a school had handed in by the deadline. A plan counts once submitted (a plan the county returned for changes
 * was submitted in time); a roster counts once imported.
 */
public record SubmissionState(SchoolId school, boolean planSubmitted, boolean rosterImported) {
    public static final String PLAN = "PLAN";
    public static final String ROSTER = "ROSTER";

    public List<String> missing() {
        List<String> missing = new ArrayList<>();
        if (!planSubmitted) {
            missing.add(PLAN);
        }
        if (!rosterImported) {
            missing.add(ROSTER);
        }
        return missing;
    }
}
