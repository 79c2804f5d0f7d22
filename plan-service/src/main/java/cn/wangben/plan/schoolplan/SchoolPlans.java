package cn.wangben.plan.schoolplan;

import cn.wangben.contracts.DomainEvent;
import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.ProgrammeId;
import cn.wangben.contracts.ids.SchoolId;
import java.util.List;
import java.util.Optional;

/** Where school plans are kept: one per school and programme; a change and its events are stored together. */
public interface SchoolPlans {
    void add(SchoolPlan plan);

    void update(SchoolPlan plan, List<DomainEvent> events);

    Optional<SchoolPlan> find(CountyId county, String id);

    Optional<SchoolPlan> of(CountyId county, ProgrammeId programme, SchoolId school);

    List<SchoolPlan> ofProgramme(CountyId county, ProgrammeId programme);
}
