package cn.wangben.plan.schoolplan;

import java.time.LocalDate;
import java.util.List;

/**
 * One row of the activity schedule (活动日程表). {@code practice} marks subject-practice activities (学科实践), which the
 * county notice prefers over general ones (通识).
 */
public record Activity(
        LocalDate startDate,
        LocalDate endDate,
        String content,
        List<ActivityForm> forms,
        boolean practice,
        String presenter,
        String participants,
        String location,
        String department,
        String responsiblePerson) {

    public Activity {
        forms = forms == null ? List.of() : List.copyOf(forms);
    }
}
