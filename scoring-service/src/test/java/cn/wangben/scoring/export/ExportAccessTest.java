package cn.wangben.scoring.export;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.SchoolId;
import cn.wangben.platform.domain.Caller;
import cn.wangben.platform.domain.DomainException;
import cn.wangben.platform.domain.Role;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ExportAccessTest {
    private static final CountyId QINGSHAN = CountyId.of("qingshan");
    private static final CountyId YUNSHUI = CountyId.of("yunshui");

    @Test
    void theCountysAdminGrantedOfficialsAndPlatformAdminsMayExport() {
        for (Caller caller : new Caller[] {
            caller(Role.COUNTY_ADMIN, QINGSHAN, null, Set.of()),
            caller(Role.OFFICIAL, null, null, Set.of(YUNSHUI, QINGSHAN)),
            caller(Role.PLATFORM_ADMIN, null, null, Set.of())
        }) {
            assertThatCode(() -> ExportAccess.requireCounty(caller, QINGSHAN)).doesNotThrowAnyException();
        }
    }

    @Test
    void anotherCountysAdminAnOfficialNotGrantedAndOtherRolesAreForbidden() {
        for (Caller caller : new Caller[] {
            caller(Role.COUNTY_ADMIN, YUNSHUI, null, Set.of()),
            caller(Role.OFFICIAL, null, null, Set.of(YUNSHUI)),
            caller(Role.COUNTY_GRADER, QINGSHAN, null, Set.of()),
            caller(Role.SCHOOL_ADMIN, QINGSHAN, SchoolId.of("qs-shiyan"), Set.of()),
            caller(Role.TEACHER, QINGSHAN, SchoolId.of("qs-shiyan"), Set.of())
        }) {
            assertThatThrownBy(() -> ExportAccess.requireCounty(caller, QINGSHAN))
                    .isInstanceOfSatisfying(DomainException.class, e -> {
                        if (e.kind() != DomainException.Kind.FORBIDDEN) {
                            throw new AssertionError(caller + " got " + e.kind());
                        }
                    });
        }
    }

    private static Caller caller(Role role, CountyId county, SchoolId school, Set<CountyId> granted) {
        return new Caller("u-" + role, "u-" + role, county, school, Set.of(role), granted);
    }
}
