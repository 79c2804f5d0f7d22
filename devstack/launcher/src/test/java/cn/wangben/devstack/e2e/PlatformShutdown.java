package cn.wangben.devstack.e2e;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Stops the shared platform when the test session ends, while the test JVM is still alive. A JVM shutdown hook alone
 * is not enough: failsafe kills the forked JVM 30 s after it starts exiting, which can leave Keycloak, Kafka, S3 and
 * Mongo running as orphans.
 */
public class PlatformShutdown implements LauncherSessionListener {
    @Override
    public void launcherSessionClosed(LauncherSession session) {
        SharedPlatform.stopNow();
    }
}
