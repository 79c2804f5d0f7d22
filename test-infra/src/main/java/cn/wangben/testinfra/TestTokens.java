package cn.wangben.testinfra;

import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;

/**
 * Verified-token stand-ins for MockMvc slice and service tests, with the same claims Keycloak issues (see
 * docs/identity.md). End-to-end tests use real Keycloak tokens instead.
 */
public final class TestTokens {
    private TestTokens() {}

    public static JwtRequestPostProcessor countyAdmin(String county) {
        return token("admin-" + county, county, null, "COUNTY_ADMIN");
    }

    public static JwtRequestPostProcessor teacher(String id, String county, String school) {
        return token(id, county, school, "TEACHER");
    }

    public static JwtRequestPostProcessor official(String id, List<String> grantedCounties) {
        return SecurityMockMvcRequestPostProcessors.jwt()
                .jwt(jwt -> jwt.subject(id)
                        .claim("preferred_username", id)
                        .claim("roles", List.of("OFFICIAL"))
                        .claim("granted_counties", grantedCounties))
                .authorities(new SimpleGrantedAuthority("ROLE_OFFICIAL"));
    }

    public static JwtRequestPostProcessor token(String subject, String county, String school, String role) {
        return SecurityMockMvcRequestPostProcessors.jwt()
                .jwt(jwt -> {
                    jwt.subject(subject).claim("preferred_username", subject).claim("roles", List.of(role));
                    if (county != null) {
                        jwt.claim("county", county);
                    }
                    if (school != null) {
                        jwt.claim("school", school);
                    }
                })
                .authorities(new SimpleGrantedAuthority("ROLE_" + role));
    }
}
