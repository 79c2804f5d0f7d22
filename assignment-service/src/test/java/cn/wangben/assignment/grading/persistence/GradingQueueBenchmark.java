package cn.wangben.assignment.grading.persistence;

import static cn.wangben.testinfra.TestTokens.countyAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.wangben.assignment.grading.Allocation;
import cn.wangben.assignment.grading.Allocations;
import cn.wangben.assignment.grading.GradingModule;
import cn.wangben.assignment.grading.GradingModules;
import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.ModuleId;
import cn.wangben.contracts.ids.ProgrammeId;
import cn.wangben.contracts.ids.SchoolId;
import cn.wangben.platform.outbox.EventSourcedWrites;
import cn.wangben.platform.outbox.OutboxMessage;
import cn.wangben.testinfra.TestTokens;
import cn.wangben.testinfra.WangbenIntegrationTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

/**
 * Not part of the suite (the name matches no test pattern); run it by name:
 *
 * <pre>./mvnw -q -B -o -f assignment-service/pom.xml verify -Dtest=none -Dit.test=GradingQueueBenchmark \
 *   -Dsurefire.failIfNoSpecifiedTests=false -Dfailsafe.failIfNoSpecifiedTests=false</pre>
 *
 * Loads 20,000 items of one module (plus another module's 5,000) into the test infrastructure's Mongo, then times
 * whole HTTP requests (security, desk, Mongo, JSON) of the first page and of filtered pages. Prints p50/p99 lines
 * and writes them to target/benchmarks/grading-queue.txt. Asserts nothing about time.
 */
@WangbenIntegrationTest
@AutoConfigureMockMvc
class GradingQueueBenchmark {
    static final String COUNTY = "qingshan";
    static final int ITEMS = 20_000;
    static final int OTHER_MODULE_ITEMS = 5_000;
    static final int SCHOOLS = 40;
    static final int BATCH = 1_000;
    static final int WARM_UP = 50;
    static final int RUNS = 300;
    static final Instant SUBMITTED = Instant.parse("2026-12-12T04:00:00Z");

    @Autowired
    MockMvc mvc;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    GradingModules modules;

    @Autowired
    Allocations allocations;

    @Test
    void timesTheFirstPageAndFilteredPagesOfATwentyThousandEssayModule() throws Exception {
        String module = "m-bench";
        load(module, ITEMS);
        load("m-other", OTHER_MODULE_ITEMS);
        allocations.save(new Allocation(
                CountyId.of(COUNTY),
                "grader-bench",
                Set.of(),
                Set.of(SchoolId.of("qs-school-3"), SchoolId.of("qs-school-17"), SchoolId.of("qs-school-29")),
                "admin-qingshan",
                SUBMITTED));
        String queue = "/api/assignments/grading/modules/" + module + "/queue";

        double[] first = time(i -> get(queue).with(countyAdmin(COUNTY)));
        double[] flagged = time(i -> get(queue + "?flagged=true").with(countyAdmin(COUNTY)));
        double[] school = time(i -> get(queue + "?status=ungraded&schoolId=qs-school-" + (i % SCHOOLS))
                .with(countyAdmin(COUNTY)));
        double[] grader = time(i ->
                get(queue + "?status=ungraded").with(TestTokens.token("grader-bench", COUNTY, null, "COUNTY_GRADER")));
        double[] filtered = concat(flagged, school);

        List<String> lines = List.of(
                "grading queue items in module: " + ITEMS,
                line("first page p50", percentile(first, 50)),
                line("first page p99", percentile(first, 99)),
                line("filtered page p50", percentile(filtered, 50)),
                line("filtered page p99", percentile(filtered, 99)),
                line("flagged page p99", percentile(flagged, 99)),
                line("school+status page p99", percentile(school, 99)),
                line("school-allocated grader page p99", percentile(grader, 99)));
        lines.forEach(System.out::println);
        Path report = Path.of("target", "benchmarks", "grading-queue.txt");
        Files.createDirectories(report.getParent());
        Files.write(report, lines);
    }

    private void load(String module, int count) {
        modules.remember(new GradingModule(
                ModuleId.of(module),
                CountyId.of(COUNTY),
                ProgrammeId.of("p-bench"),
                "队伍建设",
                20,
                Instant.parse("2026-12-15T16:00:00Z"),
                null,
                1));
        List<Document> batch = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            batch.add(document(module, i));
            if (batch.size() == BATCH) {
                mongo.getCollection(GradingItemDocuments.COLLECTION).insertMany(batch);
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            mongo.getCollection(GradingItemDocuments.COLLECTION).insertMany(batch);
        }
        assertThat(mongo.getCollection(GradingItemDocuments.COLLECTION)
                        .countDocuments(new Document("moduleId", module)))
                .isEqualTo(count);
    }

    /** A realistic mix: 1 in 20 missing, a third graded, 1 in 100 flagged, teachers spread over 40 schools. */
    private static Document document(String module, int i) {
        var item = GradingBenchData.item(COUNTY, module, i, SCHOOLS, SUBMITTED);
        Document d = GradingItemDocuments.forInsert(item);
        d.put(EventSourcedWrites.VERSION, 1L);
        d.put(OutboxMessage.FIELD, List.of());
        return d;
    }

    private double[] time(IntFunction<RequestBuilder> request) throws Exception {
        for (int i = 0; i < WARM_UP; i++) {
            assertThat(mvc.perform(request.apply(i)).andReturn().getResponse().getStatus())
                    .isEqualTo(200);
        }
        double[] millis = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            int status = mvc.perform(request.apply(i)).andReturn().getResponse().getStatus();
            millis[i] = (System.nanoTime() - start) / 1e6;
            assertThat(status).isEqualTo(200);
        }
        return millis;
    }

    static double percentile(double[] values, int p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, rank)];
    }

    static double[] concat(double[] a, double[] b) {
        double[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    static String line(String name, double millis) {
        return "grading queue " + name + ": " + String.format("%.1f", millis) + " ms";
    }
}
