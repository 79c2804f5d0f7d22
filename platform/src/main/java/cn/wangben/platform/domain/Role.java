package cn.wangben.platform.domain;

/** The six realm roles; names match the Keycloak realm roles exactly. */
public enum Role {
    PLATFORM_ADMIN,
    COUNTY_ADMIN,
    COUNTY_GRADER,
    OFFICIAL,
    SCHOOL_ADMIN,
    TEACHER
}
