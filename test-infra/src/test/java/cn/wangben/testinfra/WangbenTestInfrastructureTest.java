package cn.wangben.testinfra;

import static cn.wangben.testinfra.WangbenTestInfrastructure.KAFKA_BOOTSTRAP_SERVERS;
import static cn.wangben.testinfra.WangbenTestInfrastructure.MONGODB_URI;
import static cn.wangben.testinfra.WangbenTestInfrastructure.STORAGE_ACCESS_KEY;
import static cn.wangben.testinfra.WangbenTestInfrastructure.STORAGE_ENDPOINT;
import static cn.wangben.testinfra.WangbenTestInfrastructure.STORAGE_REGION;
import static cn.wangben.testinfra.WangbenTestInfrastructure.STORAGE_SECRET_KEY;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.support.TestPropertySourceUtils;

class WangbenTestInfrastructureTest {

    private static final String HEX_SUFFIX = "_[0-9a-f]{8}";
    private static final int MAX_DATABASE_NAME = 63;

    @Test
    void databaseNameCarriesApplicationNameAndRandomSuffix() {
        assertThat(WangbenTestInfrastructure.databaseName("plan-service")).matches("test_plan-service" + HEX_SUFFIX);
        assertThat(WangbenTestInfrastructure.databaseName(null)).matches("test" + HEX_SUFFIX);
        assertThat(WangbenTestInfrastructure.databaseName("a.b c/d")).matches("test_a_b_c_d" + HEX_SUFFIX);
        assertThat(WangbenTestInfrastructure.databaseName("x".repeat(100))).hasSize(MAX_DATABASE_NAME);
        assertThat(WangbenTestInfrastructure.databaseName("same"))
                .isNotEqualTo(WangbenTestInfrastructure.databaseName("same"));
    }

    @Test
    void contextGetsEveryPropertyAndItsOwnDatabase() {
        GenericApplicationContext first =
                initializedContext(Map.of(WangbenTestInfrastructure.APPLICATION_NAME, "plan-service"));
        GenericApplicationContext second =
                initializedContext(Map.of(WangbenTestInfrastructure.APPLICATION_NAME, "plan-service"));
        TestInfrastructure shared = TestInfrastructure.shared();

        var environment = first.getEnvironment();
        assertThat(environment.getProperty(KAFKA_BOOTSTRAP_SERVERS)).isEqualTo(shared.kafkaBootstrapServers());
        assertThat(environment.getProperty(MONGODB_URI)).matches("mongodb://.+/test_plan-service" + HEX_SUFFIX);
        assertThat(environment.getProperty(STORAGE_ENDPOINT)).isEqualTo(shared.s3Endpoint());
        assertThat(environment.getProperty(STORAGE_ACCESS_KEY)).isEqualTo(shared.s3AccessKey());
        assertThat(environment.getProperty(STORAGE_SECRET_KEY)).isEqualTo(shared.s3SecretKey());
        assertThat(environment.getProperty(STORAGE_REGION)).isEqualTo("us-east-1");
        assertThat(second.getEnvironment().getProperty(MONGODB_URI)).isNotEqualTo(environment.getProperty(MONGODB_URI));
    }

    @Test
    void inlineTestPropertiesWinOverInfrastructure() {
        GenericApplicationContext context = new GenericApplicationContext();
        context.getEnvironment()
                .getPropertySources()
                .addFirst(new MapPropertySource(
                        TestPropertySourceUtils.INLINED_PROPERTIES_PROPERTY_SOURCE_NAME,
                        Map.of(STORAGE_REGION, "eu-central-1")));

        new WangbenTestInfrastructure().initialize(context);

        assertThat(context.getEnvironment().getProperty(STORAGE_REGION)).isEqualTo("eu-central-1");
        assertThat(context.getEnvironment().getProperty(MONGODB_URI)).isNotNull();
    }

    private static GenericApplicationContext initializedContext(Map<String, Object> applicationProperties) {
        GenericApplicationContext context = new GenericApplicationContext();
        context.getEnvironment()
                .getPropertySources()
                .addLast(new MapPropertySource("application", applicationProperties));
        new WangbenTestInfrastructure().initialize(context);
        return context;
    }
}
