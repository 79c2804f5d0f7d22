package cn.wangben.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The command-line contract between the devstack and the services: exact property names and addresses. */
class ServiceNodeTest {

    private final Ports ports = Ports.defaults();

    @Test
    void everyServiceGetsItsPortAndTheIssuer() {
        for (Component service : new Component[] {
            Component.PLAN_SERVICE, Component.ASSIGNMENT_SERVICE, Component.SCORING_SERVICE, Component.GATEWAY
        }) {
            assertThat(ServiceNode.arguments(service, ports))
                    .contains(
                            "--server.port=" + ports.of(service),
                            "--spring.security.oauth2.resourceserver.jwt.issuer-uri=http://127.0.0.1:8180/realms/wangben");
        }
    }

    @Test
    void servicesGetTheirOwnDatabaseAndKafka() {
        assertThat(ServiceNode.arguments(Component.PLAN_SERVICE, ports))
                .contains(
                        "--spring.mongodb.uri=mongodb://127.0.0.1:27017/wangben_plan",
                        "--spring.kafka.bootstrap-servers=127.0.0.1:9092");
        assertThat(ServiceNode.arguments(Component.SCORING_SERVICE, ports))
                .contains("--spring.mongodb.uri=mongodb://127.0.0.1:27017/wangben_scoring");
        assertThat(ServiceNode.arguments(Component.ASSIGNMENT_SERVICE, ports))
                .contains(
                        "--spring.mongodb.uri=mongodb://127.0.0.1:27017/wangben_assignment",
                        "--wangben.storage.endpoint=http://127.0.0.1:9400",
                        "--wangben.storage.access-key=wangben-dev",
                        "--wangben.storage.secret-key=wangben-dev-secret",
                        "--wangben.storage.bucket=wangben-essays");
    }

    @Test
    void gatewayRoutesToTheFourServices() {
        assertThat(ServiceNode.arguments(Component.GATEWAY, ports))
                .contains(
                        "--wangben.gateway.plan-uri=http://127.0.0.1:8081",
                        "--wangben.gateway.assignment-uri=http://127.0.0.1:8082",
                        "--wangben.gateway.scoring-uri=http://127.0.0.1:8083",
                        "--wangben.gateway.identity-uri=http://127.0.0.1:8084")
                .noneMatch(arg -> arg.startsWith("--spring.mongodb"));
    }

    @Test
    void freePortsAreDistinct() {
        Ports free = Ports.free();
        assertThat(new int[] {
                    free.gateway(),
                    free.planService(),
                    free.assignmentService(),
                    free.scoringService(),
                    free.identity(),
                    free.keycloak(),
                    free.keycloakManagement(),
                    free.kafka(),
                    free.kafkaController(),
                    free.s3(),
                    free.mongo()
                })
                .doesNotHaveDuplicates();
    }

    @Test
    void aTestPlatformGivesEveryServiceTheSameMovableClockAndFastDeadlineSweeps() {
        Path home = Path.of("/tmp/e2e-home");
        DevstackOptions test = DevstackOptions.forTests(Path.of("/tmp/root"), home);
        Optional<Path> file = test.clockOffsetFile();
        String offset = "--wangben.clock.offset-file=" + home.resolve("clock-offset-ms");

        for (Component service : new Component[] {
            Component.PLAN_SERVICE, Component.ASSIGNMENT_SERVICE, Component.SCORING_SERVICE, Component.IDENTITY
        }) {
            assertThat(ServiceNode.arguments(service, ports, file)).contains("--wangben.clock.adjustable=true", offset);
        }
        assertThat(ServiceNode.arguments(Component.PLAN_SERVICE, ports, file))
                .contains("--wangben.deadlines.sweep-interval=1s");
        assertThat(ServiceNode.arguments(Component.ASSIGNMENT_SERVICE, ports, file))
                .contains("--wangben.missing-essays.sweep-interval=1s");
        assertThat(ServiceNode.arguments(Component.SCORING_SERVICE, ports, file))
                .contains("--wangben.school-scoring.sweep-interval=1s");
        assertThat(ServiceNode.arguments(Component.GATEWAY, ports, file))
                .noneMatch(arg -> arg.startsWith("--wangben.clock") || arg.contains("sweep-interval"));
    }

    @Test
    void theLocalPlatformKeepsTheRealClock() {
        DevstackOptions local = DevstackOptions.localDefaults(Path.of("/tmp/root"));

        assertThat(local.clockOffsetFile()).isEmpty();
        assertThat(ServiceNode.arguments(Component.PLAN_SERVICE, ports, local.clockOffsetFile()))
                .noneMatch(arg -> arg.startsWith("--wangben.clock") || arg.contains("sweep-interval"));
    }

    @Test
    void kafkaClusterIdHasKafkasFormat() {
        String id = KafkaNode.clusterId();
        assertThat(id).hasSize(22).matches("[A-Za-z0-9_][A-Za-z0-9_-]*");
    }
}
