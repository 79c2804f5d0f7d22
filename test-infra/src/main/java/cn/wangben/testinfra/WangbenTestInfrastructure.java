package cn.wangben.testinfra;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.test.context.support.TestPropertySourceUtils;

/**
 * Points a test's application context at the {@linkplain TestInfrastructure#shared() shared} Kafka,
 * MongoDB and S3. Each context gets its own MongoDB database, so test classes never see each other's data.
 *
 * <pre>{@code @SpringBootTest @ContextConfiguration(initializers = WangbenTestInfrastructure.class)}</pre>
 */
public class WangbenTestInfrastructure implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final String KAFKA_BOOTSTRAP_SERVERS = "spring.kafka.bootstrap-servers";
    public static final String MONGODB_URI = "spring.mongodb.uri";
    public static final String STORAGE_ENDPOINT = "wangben.storage.endpoint";
    public static final String STORAGE_ACCESS_KEY = "wangben.storage.access-key";
    public static final String STORAGE_SECRET_KEY = "wangben.storage.secret-key";
    public static final String STORAGE_REGION = "wangben.storage.region";

    static final String PROPERTY_SOURCE_NAME = "wangbenTestInfrastructure";
    static final String APPLICATION_NAME = "spring.application.name";

    private static final String DATABASE_PREFIX = "test";
    private static final String SEPARATOR = "_";
    private static final int SUFFIX_LENGTH = 8;
    // MongoDB refuses database names of 64 bytes or more
    private static final int MAX_DATABASE_NAME = 63;

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String database = databaseName(context.getEnvironment().getProperty(APPLICATION_NAME));
        MapPropertySource source =
                new MapPropertySource(PROPERTY_SOURCE_NAME, properties(TestInfrastructure.shared(), database));
        MutablePropertySources sources = context.getEnvironment().getPropertySources();
        // above application*.yml, yet below a test's own inline properties so that those still win
        String inlined = TestPropertySourceUtils.INLINED_PROPERTIES_PROPERTY_SOURCE_NAME;
        if (sources.contains(inlined)) {
            sources.addAfter(inlined, source);
        } else {
            sources.addFirst(source);
        }
    }

    static Map<String, Object> properties(TestInfrastructure infrastructure, String database) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put(KAFKA_BOOTSTRAP_SERVERS, infrastructure.kafkaBootstrapServers());
        properties.put(MONGODB_URI, infrastructure.mongoUri(database));
        properties.put(STORAGE_ENDPOINT, infrastructure.s3Endpoint());
        properties.put(STORAGE_ACCESS_KEY, infrastructure.s3AccessKey());
        properties.put(STORAGE_SECRET_KEY, infrastructure.s3SecretKey());
        properties.put(STORAGE_REGION, infrastructure.s3Region());
        return properties;
    }

    /** {@code test_<application name>_<random>}, or {@code test_<random>} without a name. */
    static String databaseName(String applicationName) {
        String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, SUFFIX_LENGTH);
        if (applicationName == null || applicationName.isBlank()) {
            return DATABASE_PREFIX + SEPARATOR + suffix;
        }
        String name = applicationName.trim().replaceAll("[^A-Za-z0-9_-]", SEPARATOR);
        int room = MAX_DATABASE_NAME - DATABASE_PREFIX.length() - suffix.length() - 2 * SEPARATOR.length();
        return DATABASE_PREFIX + SEPARATOR + name.substring(0, Math.min(name.length(), room)) + SEPARATOR + suffix;
    }
}
