package cn.wangben.assignment.grading;

import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.ModuleId;
import cn.wangben.contracts.ids.SchoolId;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The essays one grader (by username) grades in a county: every essay of the listed modules, and every essay of the
 * listed schools in any module. The two add up; an empty allocation grants nothing.
 */
public record Allocation(
        CountyId county, String grader, Set<ModuleId> modules, Set<SchoolId> schools, String by, Instant at) {

    public Allocation {
        // kept in the order the county listed them
        modules = Collections.unmodifiableSet(new LinkedHashSet<>(modules));
        schools = Collections.unmodifiableSet(new LinkedHashSet<>(schools));
    }

    public boolean covers(ModuleId module, SchoolId school) {
        return modules.contains(module) || (school != null && schools.contains(school));
    }
}
