package cn.wangben.devstack.e2e;

import cn.wangben.devstack.Devstack;
import cn.wangben.devstack.DevstackException;
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
            ScratchHomes.trimStale(home.getParent(), home);
            stack = Devstack.start(DevstackOptions.forTests(DevstackOptions.findRoot(), home));
            Runtime.getRuntime().addShutdownHook(new Thread(SharedPlatform::stop, "e2e-platform-stop"));
        }
        return stack;
    }

    /**
     * As {@link #get()}, but a first start that fails (on a loaded machine Keycloak's cold start can outlast its four
     * minutes) is tried once more on the same home, where Keycloak is by then unzipped and built. For benchmarks, which
     * run when the machine is whatever it is.
     */
    static synchronized Devstack getPatiently() throws Exception {
        try {
            return get();
        } catch (DevstackException e) {
            if (home == null || stack != null) {
                throw e;
            }
            System.out.println("platform start failed (" + e.getMessage() + "); once more on the same home");
            stack = Devstack.start(DevstackOptions.forTests(DevstackOptions.findRoot(), home));
            Runtime.getRuntime().addShutdownHook(new Thread(SharedPlatform::stop, "e2e-platform-stop"));
            return stack;
        }
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
            ScratchHomes.trim(home);
        }
    }
}
