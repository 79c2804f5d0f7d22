package cn.wangben.platform.domain;

import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.SchoolId;
import cn.wangben.contracts.ids.TeacherId;
import java.util.Arrays;
import java.util.Objects;
import java.util.Set;

/**
 * Who is calling, taken only from the verified access token: never from a header the client chose. County and school
 * are null for accounts that have none (platform admins, officials).
 */
public record Caller(
        String userId,
        String username,
        CountyId county,
        SchoolId school,
        Set<Role> roles,
        Set<CountyId> grantedCounties) {

    public Caller {
        Objects.requireNonNull(userId, "userId");
        roles = Set.copyOf(roles);
        grantedCounties = Set.copyOf(grantedCounties);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public void requireAnyRole(Role... allowed) {
        if (Arrays.stream(allowed).noneMatch(roles::contains)) {
            throw DomainException.forbidden("当前账号没有执行此操作的权限");
        }
    }

    public CountyId requireCounty() {
        if (county == null) {
            throw DomainException.forbidden("当前账号未归属任何县（区），无法执行此操作");
        }
        return county;
    }

    public SchoolId requireSchool() {
        if (school == null) {
            throw DomainException.forbidden("当前账号未归属任何学校，无法执行此操作");
        }
        return school;
    }

    public TeacherId asTeacher() {
        requireAnyRole(Role.TEACHER);
        return TeacherId.of(userId);
    }

    /** County staff read their own county; officials read the counties granted to them. */
    public boolean mayWatchCounty(CountyId target) {
        boolean staff = (has(Role.COUNTY_ADMIN) || has(Role.COUNTY_GRADER)) && target.equals(county);
        boolean official = has(Role.OFFICIAL) && grantedCounties.contains(target);
        return staff || official;
    }
}
