package cn.wangben.assignment.module;

import cn.wangben.contracts.DomainEvent;
import cn.wangben.contracts.assignment.ModuleScheduled;
import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.EventId;
import cn.wangben.contracts.ids.ModuleId;
import cn.wangben.contracts.ids.ProgrammeId;
import cn.wangben.contracts.ids.SchoolId;
import cn.wangben.platform.domain.Caller;
import cn.wangben.platform.domain.Role;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * An online module (网络研修板块): a window in which teachers study and a hard essay cutoff. The cutoff is the first
 * instant at which an essay is no longer accepted.
 *
 * <p>The same record carries a school's assignment (研修作业) from its approved plan: {@code school} is then the school
 * it belongs to (null for the county's modules). A school assignment is worth no county points ({@code maxPoints} 0):
 * the school scores it through its own rubric, so it is never graded by the county, never marked missing and never
 * announced as a county module.
 */
public record OnlineModule(
        ModuleId id,
        CountyId county,
        ProgrammeId programme,
        String title,
        String prompt,
        int maxPoints,
        Instant opensAt,
        Instant dueAt,
        ZoneId zone,
        SchoolId school) {

    /** Who set the work: the county (an online module) or one school (an assignment of its plan). */
    public enum Scope {
        COUNTY,
        SCHOOL
    }

    /** A county module. */
    public OnlineModule(
            ModuleId id,
            CountyId county,
            ProgrammeId programme,
            String title,
            String prompt,
            int maxPoints,
            Instant opensAt,
            Instant dueAt,
            ZoneId zone) {
        this(id, county, programme, title, prompt, maxPoints, opensAt, dueAt, zone, null);
    }

    public Scope scope() {
        return school == null ? Scope.COUNTY : Scope.SCHOOL;
    }

    public boolean isSchoolAssignment() {
        return school != null;
    }

    /**
     * A county module is there for everyone of its county; a school assignment only for the people of its school and
     * the county's administrators. For anyone else it does not exist (404), like another county's module.
     */
    public boolean visibleTo(Caller caller) {
        if (!county.equals(caller.county())) {
            return false;
        }
        return school == null || school.equals(caller.school()) || caller.has(Role.COUNTY_ADMIN);
    }

    /** {@code ModuleScheduled} says "a county module" to its consumers (grading, dashboards): none for a school's. */
    public List<DomainEvent> scheduledEvents(Instant now) {
        if (isSchoolAssignment()) {
            return List.of();
        }
        return List.of(
                new ModuleScheduled(EventId.random(), county, now, id, programme, title, opensAt, dueAt, maxPoints));
    }
}
