package cn.wangben.devstack.e2e;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import org.bson.Document;
import org.bson.types.Decimal128;
import tools.jackson.databind.JsonNode;

/**
 * County graders working through the essays of their school while the spike goes on: each pages the ungraded queue of
 * a module (moving to the next module when one is done), grades an essay of the page, then reads it for a while. Two
 * graders of one school may pick the same essay; the platform's answer to the second is counted as it comes.
 */
final class SpikeGraders {
    static final String BAND = "良好";
    static final BigDecimal SCORE = new BigDecimal("15.5");
    private static final int PAGE = 20;
    private static final Duration EMPTY_QUEUE_PAUSE = Duration.ofMillis(500);

    /** A grade the platform accepted (200). */
    record Grade(String module, String teacher, String submission) {}

    private final BenchWorld world;
    private final SpikeStaff staff;
    private final Duration reading;
    final Queue<BenchCall> pages = new ConcurrentLinkedQueue<>();
    final Queue<BenchCall> grades = new ConcurrentLinkedQueue<>();
    final Queue<Grade> accepted = new ConcurrentLinkedQueue<>();

    SpikeGraders(BenchWorld world, SpikeStaff staff, Duration reading) {
        this.world = world;
        this.staff = staff;
        this.reading = reading;
    }

    void start(SpikeActors actors) {
        int n = staff.graders.size();
        for (int i = 0; i < n; i++) {
            SpikeStaff.Person grader = staff.graders.get(i);
            int[] module = {0};
            actors.start(reading.multipliedBy(i).dividedBy(n), () -> step(grader, module));
        }
    }

    /** One page and, if it had an essay, one grade; {@code module}: the index this grader is working on. */
    private Duration step(SpikeStaff.Person grader, int[] module) throws Exception {
        String path = "/api/assignments/grading/modules/" + world.modules.get(module[0]);
        String token = grader.token();
        var page = BenchCall.time(() ->
                world.gateway.get(path + "/queue?status=ungraded&schoolId=" + grader.school + "&size=" + PAGE, token));
        pages.add(page.call());
        if (!page.ok()) {
            return EMPTY_QUEUE_PAUSE;
        }
        JsonNode items = page.reply().json().path("items");
        if (items.isEmpty()) {
            module[0] = (module[0] + 1) % world.modules.size(); // teachers submit module by module: follow them
            return EMPTY_QUEUE_PAUSE;
        }
        JsonNode row = items.get(ThreadLocalRandom.current().nextInt(items.size()));
        String teacher = row.path("teacherId").asString();
        String submission = row.path("submissionId").asString();
        String body = "{\"submissionId\":\"%s\",\"band\":\"%s\",\"score\":%s,\"comment\":\"结构完整，联系实际。\"}"
                .formatted(submission, BAND, SCORE.toPlainString());
        var graded = BenchCall.time(() -> world.gateway.put(path + "/items/" + teacher + "/grade", token, body));
        grades.add(graded.call());
        if (graded.ok()) {
            accepted.add(new Grade(world.modules.get(module[0]), teacher, submission));
        }
        return reading;
    }

    /**
     * Accepted grades still held in assignment-service's store: the item's audit trail has this grade for this
     * attempt (a later attempt of the teacher may since have reopened the item, which keeps the trail).
     */
    static int held(BenchWorld world, List<Grade> grades) {
        int held = 0;
        try (MongoClient client = MongoClients.create(world.stack.mongoUri(BenchChecks.DATABASE))) {
            var items = client.getDatabase(BenchChecks.DATABASE).getCollection("grading_items");
            for (Grade g : grades) {
                Document item = items.find(Filters.eq("_id", g.module() + ":" + g.teacher()))
                        .first();
                held += item != null && holds(item, g) ? 1 : 0;
            }
        }
        return held;
    }

    private static boolean holds(Document item, Grade g) {
        for (Document entry : item.getList("history", Document.class, List.of())) {
            Document after = entry.get("after", Document.class);
            if (g.submission().equals(entry.getString("submissionId"))
                    && after != null
                    && BAND.equals(after.getString("band"))
                    && after.get("score", Decimal128.class).bigDecimalValue().compareTo(SCORE) == 0) {
                return true;
            }
        }
        return false;
    }
}
