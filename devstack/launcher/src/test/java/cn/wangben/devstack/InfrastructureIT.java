package cn.wangben.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The real servers of the devstack, without the Spring services: tokens carry the tenancy claims, Kafka, Mongo
 * and S3 answer their own protocols, and Mongo and S3 data survive a stop and a start.
 */
class InfrastructureIT {

    private static final String DEMO_PASSWORD = "Demo#2026";

    @Test
    void serversAnswerTheirProtocolsAndKeepDataAcrossRestart(@TempDir Path home) throws Exception {
        DevstackOptions options =
                DevstackOptions.forTests(DevstackOptions.findRoot(), home).infrastructureOnly();
        String key = "probe-" + UUID.randomUUID();
        String text = "自我发展规划 " + key;

        Duration coldStart = timed(() -> {
            Devstack devstack = Devstack.start(options);
            try {
                teacherTokenCarriesTenancy(devstack);
                officialTokenCarriesGrantedCounties(devstack);
                wrongPasswordIsRefusedWithKeycloaksAnswer(devstack);
                assertThat(ProtocolClients.kafkaRoundTrip(devstack, "devstack-it", key, text))
                        .isEqualTo(text);
                ProtocolClients.mongoInsert(devstack, key, text);
                assertThat(ProtocolClients.mongoFind(devstack, key)).isEqualTo(text);
                ProtocolClients.s3Put(devstack, key, text);
                assertThat(ProtocolClients.s3Get(devstack, key)).isEqualTo(text);
            } finally {
                devstack.stop();
            }
        });

        Duration restart = timed(() -> {
            Devstack devstack = Devstack.start(options);
            try {
                assertThat(ProtocolClients.mongoFind(devstack, key))
                        .as("Mongo document after restart")
                        .isEqualTo(text);
                assertThat(ProtocolClients.s3Get(devstack, key))
                        .as("S3 object after restart")
                        .isEqualTo(text);
                assertThat(Jwt.claims(devstack.passwordGrantToken("qs-teacher-liwen", DEMO_PASSWORD))
                                .path("county")
                                .asString())
                        .isEqualTo("qingshan");
            } finally {
                devstack.stop();
            }
        });
        System.out.printf(
                "InfrastructureIT: first run incl. checks %d s, restart run %d s%n",
                coldStart.toSeconds(), restart.toSeconds());
    }

    private static void teacherTokenCarriesTenancy(Devstack devstack) {
        JsonNode claims = Jwt.claims(devstack.passwordGrantToken("qs-teacher-liwen", DEMO_PASSWORD));
        assertThat(claims.path("iss").asString()).isEqualTo(devstack.issuerUri());
        assertThat(claims.path("county").asString()).isEqualTo("qingshan");
        assertThat(claims.path("school").asString()).isEqualTo("qs-shiyan");
        assertThat(Jwt.strings(claims.path("roles"))).contains("TEACHER");
        assertThat(claims.path("preferred_username").asString()).isEqualTo("qs-teacher-liwen");
        // Chinese names display family name first; clients compose 姓名 from these two claims.
        assertThat(claims.path("family_name").asString()).isEqualTo("李");
        assertThat(claims.path("given_name").asString()).isEqualTo("文");
    }

    private static void officialTokenCarriesGrantedCounties(Devstack devstack) {
        JsonNode claims = Jwt.claims(devstack.passwordGrantToken("city-official", DEMO_PASSWORD));
        assertThat(Jwt.strings(claims.path("granted_counties"))).containsExactlyInAnyOrder("qingshan", "yunshui");
        assertThat(Jwt.strings(claims.path("roles"))).contains("OFFICIAL").doesNotContain("TEACHER");
        assertThat(claims.has("county")).isFalse();
    }

    private static void wrongPasswordIsRefusedWithKeycloaksAnswer(Devstack devstack) {
        assertThatThrownBy(() -> devstack.passwordGrantToken("qs-grader", "wrong"))
                .isInstanceOf(DevstackException.class)
                .hasMessageContaining("invalid_grant");
    }

    private interface Steps {
        void run() throws Exception;
    }

    private static Duration timed(Steps steps) throws Exception {
        long begin = System.nanoTime();
        steps.run();
        return Duration.ofNanos(System.nanoTime() - begin);
    }
}
