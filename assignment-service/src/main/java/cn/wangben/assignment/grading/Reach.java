package cn.wangben.assignment.grading;

import cn.wangben.contracts.ids.SchoolId;
import cn.wangben.platform.domain.DomainException;
import java.util.Set;

/** The part of one module a caller may see and grade: all of it, or the essays of some schools. */
record Reach(boolean whole, Set<SchoolId> schools) {
    static final Reach WHOLE = new Reach(true, Set.of());

    boolean covers(SchoolId school) {
        return whole || (school != null && schools.contains(school));
    }

    /** The schools a query may return, given the one the caller asked for (null: all the caller may see). */
    Set<SchoolId> narrowTo(SchoolId asked) {
        if (asked == null) {
            return whole ? null : schools;
        }
        if (!covers(asked)) {
            throw DomainException.forbidden("您没有该学校作业的评阅任务");
        }
        return Set.of(asked);
    }
}
