package cn.wangben.platform.security;

import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.SchoolId;
import cn.wangben.platform.domain.Caller;
import cn.wangben.platform.domain.Role;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.security.oauth2.jwt.Jwt;

/** Maps the access token's claims (documented in docs/identity.md) to a {@link Caller}. */
public final class JwtCallers {
    public static final String COUNTY = "county";
    public static final String SCHOOL = "school";
    public static final String ROLES = "roles";
    public static final String GRANTED_COUNTIES = "granted_counties";
    public static final String USERNAME = "preferred_username";

    private JwtCallers() {}

    public static Caller from(Jwt jwt) {
        return new Caller(
                jwt.getSubject(),
                jwt.getClaimAsString(USERNAME),
                optional(jwt.getClaimAsString(COUNTY), CountyId::of),
                optional(jwt.getClaimAsString(SCHOOL), SchoolId::of),
                roles(jwt.getClaimAsStringList(ROLES)),
                counties(jwt.getClaimAsStringList(GRANTED_COUNTIES)));
    }

    private static <T> T optional(String value, java.util.function.Function<String, T> factory) {
        return value == null || value.isBlank() ? null : factory.apply(value);
    }

    private static Set<Role> roles(List<String> names) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : nullToEmpty(names)) {
            for (Role role : Role.values()) {
                if (role.name().equals(name)) {
                    roles.add(role);
                }
            }
        }
        return roles;
    }

    private static Set<CountyId> counties(List<String> ids) {
        Set<CountyId> counties = new LinkedHashSet<>();
        nullToEmpty(ids).forEach(id -> counties.add(CountyId.of(id)));
        return counties;
    }

    private static <T> Collection<T> nullToEmpty(Collection<T> values) {
        return values == null ? List.of() : values;
    }
}
