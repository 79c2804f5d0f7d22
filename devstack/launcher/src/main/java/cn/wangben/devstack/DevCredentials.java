package cn.wangben.devstack;

/** Fixed development secrets: the devstack binds to 127.0.0.1 only, so they guard nothing real. */
final class DevCredentials {

    static final String KEYCLOAK_ADMIN_USER = "admin";
    static final String KEYCLOAK_ADMIN_PASSWORD = "admin";
    static final String REALM = "wangben";
    static final String CLI_CLIENT = "wangben-cli";
    static final String S3_ACCESS_KEY = "wangben-dev";
    static final String S3_SECRET_KEY = "wangben-dev-secret";
    static final String ESSAY_BUCKET = "wangben-essays";
    static final String LOOPBACK = "127.0.0.1";

    private DevCredentials() {}
}
