package cn.wangben.assignment.schoolwork;

import cn.wangben.assignment.module.OnlineModule;
import cn.wangben.assignment.module.OnlineModules;
import cn.wangben.assignment.module.SchoolAssignment;
import cn.wangben.contracts.DomainEvent;
import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.ModuleId;
import cn.wangben.contracts.ids.ProgrammeId;
import cn.wangben.contracts.ids.SchoolId;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The school-assignment half of {@link OnlineModules}, with the same conditional writes as the MongoDB adapter. */
class InMemorySchoolAssignments implements OnlineModules {
    final Map<ModuleId, SchoolAssignment> stored = new LinkedHashMap<>();

    List<SchoolAssignment> all(SchoolId school) {
        return stored.values().stream()
                .filter(a -> a.module().school().equals(school))
                .sorted(Comparator.comparingInt(SchoolAssignment::number))
                .toList();
    }

    @Override
    public void add(OnlineModule module, List<DomainEvent> events) {
        throw new UnsupportedOperationException("county modules are not kept here");
    }

    @Override
    public Optional<OnlineModule> find(CountyId county, ModuleId id) {
        return Optional.ofNullable(stored.get(id)).filter(a -> !a.withdrawn()).map(SchoolAssignment::module);
    }

    @Override
    public List<OnlineModule> ofProgramme(CountyId county, ProgrammeId programme, SchoolId school) {
        return all(school).stream()
                .filter(a -> !a.withdrawn())
                .map(SchoolAssignment::module)
                .toList();
    }

    @Override
    public List<OnlineModule> dueBy(Instant instant) {
        return List.of();
    }

    @Override
    public List<SchoolAssignment> schoolAssignments(CountyId county, ProgrammeId programme, SchoolId school) {
        return all(school);
    }

    @Override
    public boolean open(SchoolAssignment assignment) {
        SchoolAssignment before = stored.get(assignment.module().id());
        if (before != null && before.approvedAt().isAfter(assignment.approvedAt())) {
            return false;
        }
        stored.put(assignment.module().id(), assignment);
        return true;
    }

    @Override
    public void withdrawOlderThan(CountyId county, ProgrammeId programme, SchoolId school, Instant approvedAt) {
        for (SchoolAssignment a : all(school)) {
            if (a.approvedAt().isBefore(approvedAt)) {
                stored.put(a.module().id(), new SchoolAssignment(a.module(), a.number(), a.planId(), approvedAt, true));
            }
        }
    }
}
