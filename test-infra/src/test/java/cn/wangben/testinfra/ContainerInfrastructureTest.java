package cn.wangben.testinfra;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testcontainers.junit.jupiter.Testcontainers;

/** The same checks against the production images; skipped where no Docker engine answers. */
@Testcontainers(disabledWithoutDocker = true)
class ContainerInfrastructureTest {

    private static Lease lease;
    private static TestInfrastructure infrastructure;

    @BeforeAll
    static void start() {
        lease = Lease.of(Mode.CONTAINERS);
        infrastructure = lease.infrastructure();
    }

    @AfterAll
    static void stop() {
        if (lease != null) {
            lease.close();
        }
    }

    @Test
    void reportsContainerMode() {
        assertThat(infrastructure.mode()).isEqualTo(Mode.CONTAINERS);
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
    void mongoChangeStreamSeesInsert() {
        new MongoCheck(infrastructure).changeStreamSeesInsert();
    }

    @Test
    void s3StoresObjectAndServesPresignedGet() throws Exception {
        new S3Check(infrastructure).putGetAndPresign();
    }
}
