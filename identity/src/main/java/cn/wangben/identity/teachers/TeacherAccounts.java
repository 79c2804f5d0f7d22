package cn.wangben.identity.teachers;

import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.SchoolId;
import java.util.List;
import java.util.Optional;

/** Teacher accounts by county and roster key: one per teacher, whatever is replayed. */
public interface TeacherAccounts {
    Optional<TeacherAccount> find(CountyId county, String teacherKey);

    /** Stores a pending account; false if one exists for this teacher already (another delivery got there first). */
    boolean insertPending(TeacherAccount account);

    void activate(CountyId county, String teacherKey, String accountId);

    List<TeacherAccount> ofSchool(CountyId county, SchoolId school);

    /**
     * Takes the undelivered initial passwords of a school: returns them and erases them in the same step, so each is
     * handed out exactly once.
     */
    List<TeacherAccount> takeSlips(CountyId county, SchoolId school);
}
