package cn.wangben.devstack.e2e;

import cn.wangben.devstack.Devstack;
import cn.wangben.devstack.DevstackOptions;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One local platform for all end-to-end classes of a test run: starting Keycloak, Kafka and five JVMs costs a minute
 * or more on 2 cores, so the classes share it and it stops when the test JVM exits.
 */
final class SharedPlatform {
    private static Devstack stack;
    private static Path home;

    private SharedPlatform() {}

    static synchronized Devstack get() throws Exception {
        if (stack == null) {
            home = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "e2e-");
            stack = Devstack.start(DevstackOptions.forTests(DevstackOptions.findRoot(), home));
            Runtime.getRuntime().addShutdownHook(new Thread(SharedPlatform::stop, "e2e-platform-stop"));
        }
        return stack;
    }

    /** Stops every process and starts them again on the same data, as an operator's restart would. */
    static synchronized Devstack restart() throws Exception {
        get().stop();
        stack = Devstack.start(DevstackOptions.forTests(DevstackOptions.findRoot(), home));
        return stack;
    }

    /** Called when the test session closes (see PlatformShutdown); the shutdown hook stays as a last resort. */
    static void stopNow() {
        stop();
    }

    private static synchronized void stop() {
        if (stack != null) {
            stack.stop();
            stack = null;
        }
    }
}
