package cn.wangben.devstack.e2e;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import io.minio.GetObjectArgs;
import io.minio.MinioClient;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bson.Document;

/**
 * What the platform kept, read from its own stores after the faults and held against the receipts of the load: the
 * submission records (assignment-service's database), what they keep of the essay (a typed essay's text in the record,
 * a file's object in S3; re-hashed) and, for records no client holds a receipt of, the receipt the server itself hands
 * out.
 */
final class FaultChecks {
    private static final String DATABASE = "wangben_assignment";
    private static final String REGION = "us-east-1";

    /** One stored submission record. */
    record Record(
            String id,
            String teacherId,
            String module,
            String objectKey,
            String text,
            String sha256,
            Instant receivedAt,
            int attempt) {}

    /** The receipts against the store; every count but the first two should be zero. */
    record Stored(
            int receipts,
            int storedOnce,
            int missing,
            int duplicateReceipts,
            int hashMismatches,
            int storedWithoutReceipt,
            int withoutReceiptNotReadable) {}

    final Map<String, Record> records = new HashMap<>();
    private final Map<String, Integer> copies = new HashMap<>();
    private final BenchWorld world;

    private FaultChecks(BenchWorld world) {
        this.world = world;
    }

    /** Every submission record of these modules (with how often each id occurs: an id stored twice is a fault). */
    static FaultChecks load(BenchWorld world, List<String> modules) {
        FaultChecks checks = new FaultChecks(world);
        try (MongoClient client = MongoClients.create(world.stack.mongoUri(DATABASE))) {
            for (Document d :
                    client.getDatabase(DATABASE).getCollection("submissions").find(Filters.in("moduleId", modules))) {
                Record r = new Record(
                        d.getString("_id"),
                        d.getString("teacherId"),
                        d.getString("moduleId"),
                        d.getString("objectKey"),
                        d.getString("text"),
                        d.getString("sha256"),
                        d.getDate("receivedAt").toInstant(),
                        d.getInteger("attempt"));
                checks.records.put(r.id(), r);
                checks.copies.merge(r.id(), 1, Integer::sum);
            }
        }
        return checks;
    }

    Stored against(List<FaultLoad.Receipt> receipts) throws Exception {
        MinioClient s3 = MinioClient.builder()
                .endpoint(world.stack.s3Endpoint())
                .credentials(world.stack.s3AccessKey(), world.stack.s3SecretKey())
                .region(REGION)
                .build();
        Set<String> held = new HashSet<>();
        int once = 0;
        int missing = 0;
        int duplicates = 0;
        int mismatches = 0;
        for (FaultLoad.Receipt r : receipts) {
            if (!held.add(r.submissionId())) {
                duplicates++;
                continue;
            }
            Record stored = records.get(r.submissionId());
            if (stored == null) {
                missing++;
                continue;
            }
            once += copies.get(r.submissionId()) == 1 ? 1 : 0;
            boolean same = r.sha256().equals(stored.sha256())
                    && r.module().equals(stored.module())
                    && r.sha256().equals(keptHash(s3, stored));
            mismatches += same ? 0 : 1;
        }
        int unreceipted = 0;
        int unreadable = 0;
        Map<String, Integer> teachers = teacherIndexes(receipts);
        for (Record r : records.values()) {
            if (held.contains(r.id())) {
                continue;
            }
            unreceipted++;
            unreadable += serverReceiptMatches(r, teachers) && r.sha256().equals(keptHash(s3, r)) ? 0 : 1;
        }
        return new Stored(receipts.size(), once, missing, duplicates, mismatches, unreceipted, unreadable);
    }

    /** Distinct (teacher, module) pairs of the stored records of one module: what the dashboard must count. */
    int pairs(String module) {
        Set<String> teachers = new HashSet<>();
        records.values().stream().filter(r -> r.module().equals(module)).forEach(r -> teachers.add(r.teacherId()));
        return teachers.size();
    }

    /**
     * Attempt numbers held by more than one essay of the same teacher and module. A number may be skipped (a counter
     * increment whose answer was lost and that the driver retried), never given twice: that takes an acknowledged
     * increment lost by the store.
     */
    int repeatedAttempts() {
        Map<String, Integer> numbers = new HashMap<>();
        records.values()
                .forEach(r -> numbers.merge(r.module() + "/" + r.teacherId() + "/" + r.attempt(), 1, Integer::sum));
        return (int) numbers.values().stream().filter(n -> n > 1).count();
    }

    int submissions(String module) {
        return (int)
                records.values().stream().filter(r -> r.module().equals(module)).count();
    }

    /** Records of a module received at or after its cutoff: a late essay the store kept (must be none). */
    int receivedAtOrAfter(String module, Instant cutoff) {
        return (int) records.values().stream()
                .filter(r -> r.module().equals(module) && !r.receivedAt().isBefore(cutoff))
                .count();
    }

    /** The teacher of an unreceipted record asks for its receipt through the gateway: 200 and the stored hash. */
    private boolean serverReceiptMatches(Record r, Map<String, Integer> teachers) throws Exception {
        Integer i = teachers.get(r.teacherId());
        if (i == null) {
            return false;
        }
        world.tokens(List.of(i), Duration.ofMinutes(1)); // only if older: see FaultLoad#renew
        var reply = world.gateway.get("/api/assignments/submissions/" + r.id(), world.tokens[i]);
        return reply.status() == 200 && r.sha256().equals(reply.text("sha256"));
    }

    /** The services' teacher id of each load teacher, learnt from the records of that teacher's receipts. */
    private Map<String, Integer> teacherIndexes(List<FaultLoad.Receipt> receipts) {
        Map<String, Integer> indexes = new HashMap<>();
        for (FaultLoad.Receipt r : receipts) {
            Record stored = records.get(r.submissionId());
            if (stored != null) {
                indexes.put(stored.teacherId(), r.teacher());
            }
        }
        return indexes;
    }

    /**
     * The SHA-256 of what the record keeps: its file's object, or a typed essay's text; "no object" when the record
     * points at nothing (counted as a mismatch).
     */
    private String keptHash(MinioClient s3, Record r) throws Exception {
        if (r.objectKey() == null) {
            return r.text() == null ? "no text" : sha256(r.text().getBytes(StandardCharsets.UTF_8));
        }
        try (InputStream in = s3.getObject(GetObjectArgs.builder()
                .bucket(world.stack.essayBucket())
                .object(r.objectKey())
                .build())) {
            return sha256(in.readAllBytes());
        } catch (io.minio.errors.ErrorResponseException missing) {
            return "no object " + missing.errorResponse().code();
        }
    }

    private static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }
}
