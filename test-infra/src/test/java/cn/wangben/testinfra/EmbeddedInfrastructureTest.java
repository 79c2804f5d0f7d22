package cn.wangben.testinfra;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The in-JVM servers answer the real clients; runs everywhere, Docker or not. */
class EmbeddedInfrastructureTest {

    private static Lease lease;
    private static TestInfrastructure infrastructure;

    @BeforeAll
    static void start() {
        lease = Lease.of(Mode.EMBEDDED);
        infrastructure = lease.infrastructure();
    }

    @AfterAll
    static void stop() {
        lease.close();
    }

    @Test
    void reportsEmbeddedMode() {
        assertThat(infrastructure.mode()).isEqualTo(Mode.EMBEDDED);
        assertThat(infrastructure.s3Region()).isEqualTo("us-east-1");
    }

    @Test
    void kafkaCommitsAndDeliversTransactionalRecord() throws Exception {
        new KafkaCheck(infrastructure).transactionalRoundTrip();
    }

    @Test
    void mongoInsertsFindsAndEnforcesUniqueIndex() {
        new MongoCheck(infrastructure).insertFindAndUniqueIndex();
    }

    @Test
    void s3StoresObjectAndServesPresignedGet() throws Exception {
        new S3Check(infrastructure).putGetAndPresign();
    }
}
