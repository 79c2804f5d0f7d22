package cn.wangben.testinfra;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.core.env.Environment;

/** The meta-annotation alone yields a Boot context wired to the shared servers. */
@WangbenIntegrationTest(
        classes = WangbenIntegrationTestAnnotationTest.App.class,
        // no web server factory here; the services bring theirs
        properties = {"spring.application.name=demo-service", "spring.main.web-application-type=none"})
class WangbenIntegrationTestAnnotationTest {

    @Autowired
    private Environment environment;

    @Test
    void contextRunsWithTestProfileAgainstSharedServers() {
        TestInfrastructure shared = TestInfrastructure.shared();

        assertThat(environment.getActiveProfiles()).contains("test");
        assertThat(environment.getProperty(WangbenTestInfrastructure.KAFKA_BOOTSTRAP_SERVERS))
                .isEqualTo(shared.kafkaBootstrapServers());
        assertThat(environment.getProperty(WangbenTestInfrastructure.MONGODB_URI))
                .matches("mongodb://.+/test_demo-service_[0-9a-f]{8}");
        assertThat(environment.getProperty(WangbenTestInfrastructure.STORAGE_ENDPOINT))
                .isEqualTo(shared.s3Endpoint());
    }

    @SpringBootConfiguration
    static class App {}
}
