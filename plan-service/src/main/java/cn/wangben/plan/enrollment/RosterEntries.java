package cn.wangben.plan.enrollment;

import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.ProgrammeId;
import cn.wangben.contracts.ids.SchoolId;
import java.util.Optional;

/** The current roster of one school, looked up by roster key. */
public interface RosterEntries {
    Optional<RosterEntry> find(CountyId county, ProgrammeId programme, SchoolId school, String teacherKey);

    record RosterEntry(String teacherKey, String name, String maskedIdNumber) {}
}
