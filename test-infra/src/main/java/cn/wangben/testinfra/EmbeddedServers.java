package cn.wangben.testinfra;

import cn.wangben.mongolocal.IdLookupMemoryBackend;
import de.bwaldvogel.mongo.MongoServer;
import java.net.URI;
import java.util.Map;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.nio2blob.TransientNio2BlobStore;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/** Real-protocol servers inside the test JVM, for machines without Docker. */
final class EmbeddedServers implements Servers {

    private static final String HOST = "127.0.0.1";
    private static final int ANY_PORT = 0;
    private static final int KAFKA_BROKERS = 1;
    private static final int KAFKA_PARTITIONS = 3;

    /**
     * A single broker cannot host the default three replicas of the internal topics: without these,
     * transactional producers and consumer groups hang. The default rebalance delay would slow every group
     * join; single-partition internal topics start faster (KafkaContainer does the same for offsets).
     */
    private static final Map<String, String> KAFKA_PROPERTIES = Map.of(
            "transaction.state.log.replication.factor", "1",
            "transaction.state.log.min.isr", "1",
            "transaction.state.log.num.partitions", "1",
            "offsets.topic.replication.factor", "1",
            "offsets.topic.num.partitions", "1",
            "share.coordinator.state.topic.replication.factor", "1",
            "share.coordinator.state.topic.min.isr", "1",
            "group.initial.rebalance.delay.ms", "0",
            "auto.create.topics.enable", "true");

    private EmbeddedKafkaKraftBroker kafka;
    private MongoServer mongo;
    private S3Proxy s3;

    private EmbeddedServers() {}

    static EmbeddedServers start() {
        EmbeddedServers servers = new EmbeddedServers();
        try {
            servers.startMongo();
            servers.startS3();
            servers.startKafka();
            return servers;
        } catch (RuntimeException | Error e) {
            servers.stop();
            throw e;
        } catch (Exception e) {
            servers.stop();
            throw new IllegalStateException("embedded servers failed to start", e);
        }
    }

    private void startKafka() {
        kafka = new EmbeddedKafkaKraftBroker(KAFKA_BROKERS, KAFKA_PARTITIONS);
        kafka.brokerProperties(KAFKA_PROPERTIES);
        kafka.afterPropertiesSet();
    }

    private void startMongo() {
        mongo = new MongoServer(new IdLookupMemoryBackend());
        // no oplog: no service reads a change stream, and keeping one copies every write into a second collection
        mongo.bind(HOST, ANY_PORT);
    }

    private void startS3() throws Exception {
        s3 = S3Proxy.builder()
                .blobStore(new TransientNio2BlobStore())
                .endpoint(URI.create("http://" + HOST + ":" + ANY_PORT))
                .awsAuthentication(
                        AuthenticationType.AWS_V2_OR_V4,
                        TestInfrastructure.S3_ACCESS_KEY,
                        TestInfrastructure.S3_SECRET_KEY)
                .build();
        s3.start();
    }

    @Override
    public String kafkaBootstrapServers() {
        return kafka.getBrokersAsString();
    }

    @Override
    public String mongoUri(String database) {
        return "mongodb://" + HOST + ":" + mongo.getLocalAddress().getPort() + "/" + database;
    }

    @Override
    public String s3Endpoint() {
        return "http://" + HOST + ":" + s3.getPort();
    }

    @Override
    public synchronized void stop() {
        if (kafka != null) {
            kafka.destroy();
            kafka = null;
        }
        if (s3 != null) {
            stopS3();
        }
        if (mongo != null) {
            mongo.shutdownNow();
            mongo = null;
        }
    }

    private void stopS3() {
        try {
            s3.stop();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            // the JVM is usually exiting; a half-stopped in-memory store loses nothing worth reporting
        } finally {
            s3 = null;
        }
    }
}
