package cn.wangben.assignment.module.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wangben.assignment.AssignmentIT;
import cn.wangben.assignment.module.OnlineModule;
import cn.wangben.assignment.module.OnlineModules;
import cn.wangben.assignment.module.SchoolAssignment;
import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.ModuleId;
import cn.wangben.contracts.ids.ProgrammeId;
import cn.wangben.contracts.ids.SchoolId;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Module lookups against the embedded Mongo-wire server, with county modules kept in memory once read. */
@AssignmentIT
class MongoOnlineModulesIT {
    static final CountyId COUNTY = CountyId.of("qingshan");
    static final ProgrammeId PROGRAMME = ProgrammeId.of("p-modules-it");
    static final SchoolId SCHOOL = SchoolId.of("qs-shiyan");
    static final Instant OPENS = Instant.parse("2026-03-01T00:00:00Z");
    static final Instant DUE = Instant.parse("2026-03-08T16:00:00Z");

    @Autowired
    OnlineModules modules;

    @Test
    void aCountyModuleOnceReadIsStillFoundOnlyInItsOwnCounty() {
        OnlineModule module = module(ModuleId.random(), null, DUE);
        modules.add(module, List.of());

        assertThat(modules.find(COUNTY, module.id())).contains(module);
        assertThat(modules.find(COUNTY, module.id())).contains(module);
        assertThat(modules.find(CountyId.of("another"), module.id())).isEmpty();
    }

    @Test
    void anIdNotFoundIsFoundOnceItIsScheduled() {
        OnlineModule module = module(ModuleId.random(), null, DUE);
        assertThat(modules.find(COUNTY, module.id())).isEmpty();

        modules.add(module, List.of());

        assertThat(modules.find(COUNTY, module.id())).contains(module);
    }

    @Test
    void aSchoolAssignmentIsReadAfreshSoItsReplacementAndItsWithdrawalShowAtOnce() {
        ModuleId id = ModuleId.of("sa-" + ModuleId.random().value());
        Instant approved = Instant.parse("2026-02-20T00:00:00Z");
        modules.open(new SchoolAssignment(module(id, SCHOOL, DUE), 1, "plan-1", approved, false));
        assertThat(modules.find(COUNTY, id)).map(OnlineModule::dueAt).contains(DUE);

        Instant later = DUE.plusSeconds(86_400);
        modules.open(new SchoolAssignment(module(id, SCHOOL, later), 1, "plan-1", approved.plusSeconds(60), false));
        assertThat(modules.find(COUNTY, id)).map(OnlineModule::dueAt).contains(later);

        modules.withdrawOlderThan(COUNTY, PROGRAMME, SCHOOL, approved.plusSeconds(120));
        assertThat(modules.find(COUNTY, id)).isEmpty();
    }

    private static OnlineModule module(ModuleId id, SchoolId school, Instant due) {
        return new OnlineModule(
                id,
                COUNTY,
                PROGRAMME,
                "队伍建设",
                "结合本校实际，谈谈教师队伍建设的做法",
                school == null ? 20 : 0,
                OPENS,
                due,
                ZoneId.of("Asia/Shanghai"),
                school);
    }
}
