package cn.wangben.devstack;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import io.minio.GetObjectArgs;
import io.minio.MinioClient;
import io.minio.PutObjectArgs;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;

/** Each server spoken to by its ordinary client library, as the services will. */
final class ProtocolClients {

    private static final String DATABASE = "wangben_it";
    private static final String COLLECTION = "probes";
    private static final String CONTENT_TYPE = "text/plain; charset=utf-8";
    private static final String S3_REGION = "us-east-1";
    private static final Duration KAFKA_WAIT = Duration.ofSeconds(60);
    private static final Duration POLL = Duration.ofMillis(500);
    private static final int UNKNOWN_PART_SIZE = -1;

    private ProtocolClients() {}

    /** Produces one record and consumes it back from the beginning of the (auto-created) topic. */
    static String kafkaRoundTrip(Devstack devstack, String topic, String key, String value) throws Exception {
        Map<String, Object> producerConfig = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, devstack.kafkaBootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerConfig)) {
            producer.send(new ProducerRecord<>(topic, key, value)).get();
        }
        Map<String, Object> consumerConfig = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                devstack.kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG,
                "devstack-it-" + key,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class);
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerConfig)) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + KAFKA_WAIT.toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(POLL)) {
                    if (key.equals(record.key())) {
                        return record.value();
                    }
                }
            }
        }
        throw new AssertionError("record " + key + " not consumed within " + KAFKA_WAIT);
    }

    static void mongoInsert(Devstack devstack, String id, String text) {
        try (MongoClient client = MongoClients.create(devstack.mongoUri(DATABASE))) {
            probes(client).insertOne(new Document("_id", id).append("text", text));
        }
    }

    static String mongoFind(Devstack devstack, String id) {
        try (MongoClient client = MongoClients.create(devstack.mongoUri(DATABASE))) {
            Document found = probes(client).find(new Document("_id", id)).first();
            return found == null ? null : found.getString("text");
        }
    }

    static void s3Put(Devstack devstack, String key, String text) throws Exception {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        minio(devstack)
                .putObject(PutObjectArgs.builder().bucket(devstack.essayBucket()).object(key).stream(
                                new ByteArrayInputStream(bytes), bytes.length, UNKNOWN_PART_SIZE)
                        .contentType(CONTENT_TYPE)
                        .build());
    }

    static String s3Get(Devstack devstack, String key) throws Exception {
        GetObjectArgs args = GetObjectArgs.builder()
                .bucket(devstack.essayBucket())
                .object(key)
                .build();
        try (InputStream in = minio(devstack).getObject(args)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static MongoCollection<Document> probes(MongoClient client) {
        return client.getDatabase(DATABASE).getCollection(COLLECTION);
    }

    private static MinioClient minio(Devstack devstack) {
        return MinioClient.builder()
                .endpoint(devstack.s3Endpoint())
                .credentials(devstack.s3AccessKey(), devstack.s3SecretKey())
                .region(S3_REGION)
                .build();
    }
}
