package cn.wangben.platform.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.SchoolId;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CallerTest {
    static final CountyId QINGSHAN = CountyId.of("qingshan");
    static final CountyId YUNSHUI = CountyId.of("yunshui");

    @Test
    void countyStaffWatchOnlyTheirOwnCounty() {
        Caller admin = new Caller("u1", "qs-admin", QINGSHAN, null, Set.of(Role.COUNTY_ADMIN), Set.of());

        assertThat(admin.mayWatchCounty(QINGSHAN)).isTrue();
        assertThat(admin.mayWatchCounty(YUNSHUI)).isFalse();
    }

    @Test
    void officialsWatchExactlyTheGrantedCounties() {
        Caller official = new Caller("u2", "city", null, null, Set.of(Role.OFFICIAL), Set.of(YUNSHUI));

        assertThat(official.mayWatchCounty(YUNSHUI)).isTrue();
        assertThat(official.mayWatchCounty(QINGSHAN)).isFalse();
    }

    @Test
    void teachersAndSchoolAdminsDoNotWatchCountyDashboards() {
        Caller teacher =
                new Caller("u3", "t", QINGSHAN, SchoolId.of("qs-shiyan"), Set.of(Role.TEACHER), Set.of(QINGSHAN));

        assertThat(teacher.mayWatchCounty(QINGSHAN)).isFalse();
    }

    @Test
    void refusesAnActionOutsideTheCallersRoles() {
        Caller teacher = new Caller("u3", "t", QINGSHAN, SchoolId.of("qs-shiyan"), Set.of(Role.TEACHER), Set.of());

        assertThatThrownBy(() -> teacher.requireAnyRole(Role.COUNTY_ADMIN))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.FORBIDDEN));
    }
}
