package cn.wangben.identity.tenancy;

/**
 * A new account's username and one-time initial password, shown once to whoever created it; Keycloak requires a new
 * password at first login.
 */
public record Credentials(String username, String initialPassword) {}
