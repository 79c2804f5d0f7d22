package cn.wangben.testinfra;

import java.util.List;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.MinIOContainer;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.lifecycle.Startables;
import org.testcontainers.mongodb.MongoDBContainer;
import org.testcontainers.utility.DockerImageName;

/** The production images through Testcontainers, for machines with a Docker engine. */
final class ContainerServers implements Servers {

    static final DockerImageName MONGO_IMAGE = DockerImageName.parse("mongo:8.0");
    static final DockerImageName KAFKA_IMAGE = DockerImageName.parse("apache/kafka:4.1.0");
    static final DockerImageName MINIO_IMAGE = DockerImageName.parse("minio/minio:latest");

    private final MongoDBContainer mongo;
    private final KafkaContainer kafka;
    private final MinIOContainer minio;

    private ContainerServers() {
        // Testcontainers 2.x starts a plain mongod unless asked; transactions and change streams need the replica set
        mongo = new MongoDBContainer(MONGO_IMAGE).withReplicaSet();
        // KafkaContainer already sets single-broker replication factors and a zero rebalance delay
        kafka = new KafkaContainer(KAFKA_IMAGE);
        minio = new MinIOContainer(MINIO_IMAGE)
                .withUserName(TestInfrastructure.S3_ACCESS_KEY)
                .withPassword(TestInfrastructure.S3_SECRET_KEY);
    }

    static ContainerServers start() {
        ContainerServers servers = new ContainerServers();
        try {
            // in parallel: image start-up dominates and the three do not depend on each other
            Startables.deepStart(servers.containers()).join();
            return servers;
        } catch (RuntimeException | Error e) {
            servers.stop();
            throw e;
        }
    }

    private List<GenericContainer<?>> containers() {
        return List.of(mongo, kafka, minio);
    }

    @Override
    public String kafkaBootstrapServers() {
        return kafka.getBootstrapServers();
    }

    @Override
    public String mongoUri(String database) {
        return mongo.getReplicaSetUrl(database);
    }

    @Override
    public String s3Endpoint() {
        return minio.getS3URL();
    }

    @Override
    public void stop() {
        containers().forEach(GenericContainer::stop);
    }
}
