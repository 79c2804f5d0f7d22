package cn.wangben.assignment.module;

import cn.wangben.contracts.DomainEvent;
import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.ModuleId;
import cn.wangben.contracts.ids.ProgrammeId;
import cn.wangben.contracts.ids.SchoolId;
import cn.wangben.platform.domain.Caller;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** County modules and school assignments; a withdrawn school assignment is not found by any lookup for callers. */
public interface OnlineModules {
    void add(OnlineModule module, List<DomainEvent> events);

    Optional<OnlineModule> find(CountyId county, ModuleId id);

    /** The module as the caller may see it: another county's, or another school's assignment, is not there. */
    default Optional<OnlineModule> findFor(Caller caller, ModuleId id) {
        return find(caller.requireCounty(), id).filter(module -> module.visibleTo(caller));
    }

    /** The county's modules of the programme, and also {@code school}'s assignments when it is not null; by cutoff. */
    List<OnlineModule> ofProgramme(CountyId county, ProgrammeId programme, SchoolId school);

    /** Every county's county modules (never school assignments) whose cutoff is at or before {@code instant}. */
    List<OnlineModule> dueBy(Instant instant);

    /** A school's assignments of a programme, withdrawn ones included. */
    List<SchoolAssignment> schoolAssignments(CountyId county, ProgrammeId programme, SchoolId school);

    /**
     * Creates or replaces the assignment (keyed by its id), unless one from a later approval is stored: then false.
     * Idempotent.
     */
    boolean open(SchoolAssignment assignment);

    /** Withdraws the school's assignments of the programme that come from approvals before {@code approvedAt}. */
    void withdrawOlderThan(CountyId county, ProgrammeId programme, SchoolId school, Instant approvedAt);
}
