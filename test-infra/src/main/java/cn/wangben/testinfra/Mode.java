package cn.wangben.testinfra;

import java.util.Locale;
import java.util.function.BooleanSupplier;
import org.testcontainers.DockerClientFactory;

/** Which servers back the shared test infrastructure. */
public enum Mode {
    /** Real-protocol servers inside the test JVM: KRaft Kafka, mongo-java-server, S3Proxy. */
    EMBEDDED,
    /** The real images through Testcontainers: mongo, apache/kafka, minio. */
    CONTAINERS;

    /** System property or environment variable: {@code embedded}, {@code containers} or {@code auto}. */
    public static final String SELECTOR = "WANGBEN_TEST_INFRA";

    private static final String AUTO = "auto";

    /** The mode asked for by {@link #SELECTOR}; {@code auto} (the default) prefers Docker when it answers. */
    static Mode fromEnvironment() {
        String requested = System.getProperty(SELECTOR, System.getenv(SELECTOR));
        return parse(requested, () -> DockerClientFactory.instance().isDockerAvailable());
    }

    static Mode parse(String requested, BooleanSupplier dockerAvailable) {
        String value = requested == null || requested.isBlank()
                ? AUTO
                : requested.trim().toLowerCase(Locale.ROOT);
        return switch (value) {
            case "embedded" -> EMBEDDED;
            case "containers" -> CONTAINERS;
            case AUTO -> dockerAvailable.getAsBoolean() ? CONTAINERS : EMBEDDED;
            default ->
                throw new IllegalArgumentException(
                        SELECTOR + " must be embedded, containers or auto, not '" + requested + "'");
        };
    }
}
