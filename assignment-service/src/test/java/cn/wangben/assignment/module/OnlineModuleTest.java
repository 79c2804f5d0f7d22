package cn.wangben.assignment.module;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.ModuleId;
import cn.wangben.contracts.ids.ProgrammeId;
import cn.wangben.contracts.ids.SchoolId;
import cn.wangben.platform.domain.Caller;
import cn.wangben.platform.domain.Role;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OnlineModuleTest {
    static final CountyId QINGSHAN = CountyId.of("qingshan");
    static final SchoolId SHIYAN = SchoolId.of("qs-shiyan");
    static final Instant OPENS = Instant.parse("2026-12-12T02:00:00Z");
    static final Instant DUE = Instant.parse("2026-12-20T16:00:00Z");
    static final OnlineModule COUNTY_MODULE = module(null);
    static final OnlineModule SCHOOL_ASSIGNMENT = module(SHIYAN);

    @Test
    void aCountyModuleIsThereForEveryoneOfItsCountyOnly() {
        assertThat(COUNTY_MODULE.scope()).isEqualTo(OnlineModule.Scope.COUNTY);
        assertThat(COUNTY_MODULE.visibleTo(caller("qingshan", "qs-youer", Role.TEACHER)))
                .isTrue();
        assertThat(COUNTY_MODULE.visibleTo(caller("qingshan", null, Role.COUNTY_GRADER)))
                .isTrue();
        assertThat(COUNTY_MODULE.visibleTo(caller("yunshui", "ys-zhongxue", Role.TEACHER)))
                .isFalse();
    }

    @Test
    void aSchoolAssignmentIsThereForItsOwnSchoolAndTheCountyAdminOnly() {
        assertThat(SCHOOL_ASSIGNMENT.scope()).isEqualTo(OnlineModule.Scope.SCHOOL);
        assertThat(SCHOOL_ASSIGNMENT.visibleTo(caller("qingshan", "qs-shiyan", Role.TEACHER)))
                .isTrue();
        assertThat(SCHOOL_ASSIGNMENT.visibleTo(caller("qingshan", "qs-shiyan", Role.SCHOOL_ADMIN)))
                .isTrue();
        assertThat(SCHOOL_ASSIGNMENT.visibleTo(caller("qingshan", null, Role.COUNTY_ADMIN)))
                .isTrue();
        assertThat(SCHOOL_ASSIGNMENT.visibleTo(caller("qingshan", "qs-youer", Role.TEACHER)))
                .isFalse();
        assertThat(SCHOOL_ASSIGNMENT.visibleTo(caller("qingshan", "qs-youer", Role.SCHOOL_ADMIN)))
                .isFalse();
        assertThat(SCHOOL_ASSIGNMENT.visibleTo(caller("qingshan", null, Role.COUNTY_GRADER)))
                .isFalse();
        assertThat(SCHOOL_ASSIGNMENT.visibleTo(caller("yunshui", null, Role.COUNTY_ADMIN)))
                .isFalse();
    }

    @Test
    void onlyACountyModuleIsAnnouncedAsScheduled() {
        assertThat(COUNTY_MODULE.scheduledEvents(OPENS)).hasSize(1);
        assertThat(SCHOOL_ASSIGNMENT.scheduledEvents(OPENS)).isEmpty();
    }

    private static OnlineModule module(SchoolId school) {
        return new OnlineModule(
                ModuleId.of(school == null ? "m-county" : "m-school"),
                QINGSHAN,
                ProgrammeId.of("p1"),
                "读书笔记",
                null,
                school == null ? 20 : 0,
                OPENS,
                DUE,
                ZoneId.of("Asia/Shanghai"),
                school);
    }

    private static Caller caller(String county, String school, Role role) {
        return new Caller(
                "u-" + role,
                "u-" + role,
                CountyId.of(county),
                school == null ? null : SchoolId.of(school),
                Set.of(role),
                Set.of());
    }
}
