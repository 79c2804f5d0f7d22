package cn.wangben.testinfra;

/**
 * Kafka, MongoDB and S3 for integration tests, started once per JVM and shared by every test class.
 *
 * <p>Real images through Testcontainers where Docker answers, real-protocol embedded servers elsewhere;
 * {@link Mode#SELECTOR} overrides the choice. Most tests should not call this directly but use
 * {@link WangbenIntegrationTest} or {@link WangbenTestInfrastructure}.
 */
public final class TestInfrastructure {

    static final String S3_ACCESS_KEY = "wangben-test";
    // MinIO refuses secrets shorter than eight characters
    static final String S3_SECRET_KEY = "wangben-test-secret";
    static final String S3_REGION = "us-east-1";

    private static TestInfrastructure shared;
    private static RuntimeException sharedFailure;

    private final Mode mode;
    private final Servers servers;

    private TestInfrastructure(Mode mode, Servers servers) {
        this.mode = mode;
        this.servers = servers;
    }

    /** The JVM-wide instance, started on first use and stopped when the JVM exits. */
    public static synchronized TestInfrastructure shared() {
        // a failed start is remembered so that every later test class fails fast with the same cause
        if (sharedFailure != null) {
            throw new IllegalStateException("shared test infrastructure failed to start earlier", sharedFailure);
        }
        if (shared == null) {
            try {
                shared = start(Mode.fromEnvironment());
            } catch (RuntimeException e) {
                sharedFailure = e;
                throw e;
            }
            TestInfrastructure started = shared;
            Runtime.getRuntime().addShutdownHook(new Thread(started::stop, "wangben-test-infra-stop"));
        }
        return shared;
    }

    /** A private instance in the given mode; the caller stops it. */
    static TestInfrastructure start(Mode mode) {
        Servers servers = mode == Mode.CONTAINERS ? ContainerServers.start() : EmbeddedServers.start();
        return new TestInfrastructure(mode, servers);
    }

    void stop() {
        servers.stop();
    }

    public Mode mode() {
        return mode;
    }

    /** Value for {@code spring.kafka.bootstrap-servers}. */
    public String kafkaBootstrapServers() {
        return servers.kafkaBootstrapServers();
    }

    /** A connection string that selects {@code database}; value for {@code spring.mongodb.uri}. */
    public String mongoUri(String database) {
        if (database == null || database.isBlank()) {
            throw new IllegalArgumentException("database name required");
        }
        return servers.mongoUri(database);
    }

    /** Base URL of the S3 API, e.g. {@code http://127.0.0.1:41234}. */
    public String s3Endpoint() {
        return servers.s3Endpoint();
    }

    public String s3AccessKey() {
        return S3_ACCESS_KEY;
    }

    public String s3SecretKey() {
        return S3_SECRET_KEY;
    }

    public String s3Region() {
        return S3_REGION;
    }
}
