package cn.wangben.devstack.e2e;

import cn.wangben.devstack.Component;
import cn.wangben.devstack.Devstack;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import io.minio.BucketExistsArgs;
import io.minio.MakeBucketArgs;
import io.minio.MinioClient;
import io.minio.PutObjectArgs;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import okhttp3.ConnectionPool;
import okhttp3.OkHttpClient;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;

/**
 * The raw ceilings of the three stores a submission touches, on the same machine in the same run, so the submission
 * figure can be read against them. Each runs closed-loop on a thread pool: a short untimed warm-up (JIT, connections),
 * then a fixed window in which completed operations are counted.
 */
final class BenchCeilings {
    private static final Duration WARM_UP = Duration.ofSeconds(2);
    private static final String BUCKET = "wangben-bench";
    private static final String TOPIC = "wangben.bench.raw.v1";
    private final Devstack stack;
    private final int threads;
    private final Duration window;

    BenchCeilings(Devstack stack, int threads, Duration window) {
        this.stack = stack;
        this.threads = threads;
        this.window = window;
    }

    /** The three ceilings, for ratios. */
    record Measured(double s3Put, double mongoInsert, double kafkaProduce) {
        /** Accepted submissions/s over each ceiling (a submission makes at least one write to each store). */
        void ratios(BenchReport report, String prefix, double accepted) {
            report.figure(prefix + "ratio to s3 ceiling", accepted / s3Put, "");
            report.figure(prefix + "ratio to mongo ceiling", accepted / mongoInsert, "");
            report.figure(prefix + "ratio to kafka ceiling", accepted / kafkaProduce, "");
        }
    }

    /**
     * All three, printed: an S3 PUT of the essay, a Mongo insert of a stored submission's shape, a Kafka produce of 1 KB
     * (on the pool and on one thread, as the relay sends).
     */
    static Measured measure(Devstack stack, int threads, Duration window, byte[] essay, BenchReport report)
            throws Exception {
        BenchCeilings ceilings = new BenchCeilings(stack, threads, window);
        double s3 = ceilings.s3Put(essay);
        report.figure("raw s3 put", s3, "ops/s");
        double mongo = ceilings.mongoInsert(submissionShaped(essay.length, BenchLoad.ESSAY_CHARACTERS));
        report.figure("raw mongo insert", mongo, "ops/s");
        double kafka = ceilings.kafkaProduce(threads, 1024);
        report.figure("raw kafka produce", kafka, "records/s");
        report.figure("raw kafka produce, 1 thread", ceilings.kafkaProduce(1, 1024), "records/s");
        return new Measured(s3, mongo, kafka);
    }

    /** PUTs of an essay-sized object through the same client library (MinIO) the service uses. */
    double s3Put(byte[] object) throws Exception {
        OkHttpClient okhttp = new OkHttpClient.Builder()
                .connectionPool(new ConnectionPool(threads, 1, TimeUnit.MINUTES))
                .build();
        MinioClient s3 = MinioClient.builder()
                .endpoint("http://127.0.0.1:" + stack.port(Component.S3))
                .credentials(stack.s3AccessKey(), stack.s3SecretKey())
                .httpClient(okhttp)
                .build();
        if (!s3.bucketExists(BucketExistsArgs.builder().bucket(BUCKET).build())) {
            s3.makeBucket(MakeBucketArgs.builder().bucket(BUCKET).build());
        }
        return run(
                threads,
                () -> s3.putObject(
                        PutObjectArgs.builder().bucket(BUCKET).object("raw/" + UUID.randomUUID() + ".txt").stream(
                                        new ByteArrayInputStream(object), object.length, -1)
                                .contentType("text/plain; charset=utf-8")
                                .build()));
    }

    /** insertOne of a document shaped like a stored submission (fields and one outbox message). */
    double mongoInsert(Document template) throws Exception {
        try (MongoClient client = MongoClients.create(
                "mongodb://127.0.0.1:" + stack.port(Component.MONGO) + "/bench?maxPoolSize=" + threads)) {
            MongoCollection<Document> raw = client.getDatabase("bench").getCollection("raw");
            return run(threads, () -> {
                Document copy = new Document(template);
                copy.put("_id", UUID.randomUUID().toString());
                raw.insertOne(copy);
            });
        }
    }

    /** Produce with acks=all, waiting for each acknowledgement as the outbox relay does (it sends one at a time). */
    double kafkaProduce(int producerThreads, int recordBytes) throws Exception {
        try (Admin admin =
                Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers()))) {
            if (!admin.listTopics().names().get().contains(TOPIC)) {
                admin.createTopics(List.of(new NewTopic(TOPIC, java.util.Optional.empty(), java.util.Optional.empty())))
                        .all()
                        .get();
            }
        }
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        byte[] value = new byte[recordBytes];
        ThreadLocalRandom.current().nextBytes(value);
        try (var producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer())) {
            return run(producerThreads, () -> producer.send(
                            new ProducerRecord<>(TOPIC, UUID.randomUUID().toString(), value))
                    .get());
        }
    }

    /** A stored submission's document as assignment-service writes it, with its EssaySubmitted outbox message. */
    static Document submissionShaped(int essayBytes, int characters) {
        String hex = "0123456789abcdef".repeat(4);
        String payload =
                "{\"eventId\":\"%s\",\"countyId\":\"qingshan\",\"occurredAt\":\"2026-11-24T00:00:00Z\",\"submissionId\":\"%s\",\"moduleId\":\"%s\",\"programmeId\":\"%s\",\"teacherId\":\"qingshan-0123456789\",\"schoolId\":\"qs-shiyan\",\"submittedAt\":\"2026-11-24T00:00:00Z\",\"sha256\":\"%s\",\"characters\":%d,\"attempt\":1}"
                        .formatted(
                                UUID.randomUUID(),
                                UUID.randomUUID(),
                                UUID.randomUUID(),
                                UUID.randomUUID(),
                                hex,
                                characters);
        Document message = new Document("eventId", UUID.randomUUID().toString())
                .append("topic", "wangben.assignment.submissions.v1")
                .append("key", "qingshan")
                .append("type", "EssaySubmitted")
                .append("version", 1)
                .append("countyId", "qingshan")
                .append("payload", payload);
        return new Document("countyId", "qingshan")
                .append("schoolId", "qs-shiyan")
                .append("teacherId", "qingshan-0123456789")
                .append("moduleId", UUID.randomUUID().toString())
                .append("programmeId", UUID.randomUUID().toString())
                .append("receivedAt", new Date())
                .append("objectKey", "essays/qingshan/" + UUID.randomUUID() + "/" + UUID.randomUUID() + ".txt")
                .append("textKey", "essays/qingshan/" + UUID.randomUUID() + "/" + UUID.randomUUID() + ".txt")
                .append("format", "ONLINE_TEXT")
                .append("filename", null)
                .append("bytes", essayBytes)
                .append("sha256", hex)
                .append("characters", characters)
                .append("attempt", 1)
                .append("version", 1L)
                .append("outbox", List.of(message));
    }

    /** Operations per second completed inside the window; the warm-up's are not counted. */
    private double run(int poolSize, Op op) throws Exception {
        long from = System.nanoTime() + WARM_UP.toNanos();
        long to = from + window.toNanos();
        LongAdder done = new LongAdder();
        ExecutorService pool = Executors.newFixedThreadPool(poolSize);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int i = 0; i < poolSize; i++) {
                workers.add(pool.submit(() -> {
                    long now;
                    while ((now = System.nanoTime()) < to) {
                        op.run();
                        long end = System.nanoTime();
                        if (now >= from && end <= to) {
                            done.increment();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> w : workers) {
                w.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return done.sum() / (window.toNanos() / 1e9);
    }

    @FunctionalInterface
    interface Op {
        void run() throws Exception;
    }
}
