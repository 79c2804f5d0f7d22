package cn.wangben.scoring.results.persistence;

import static cn.wangben.testinfra.TestTokens.countyAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.wangben.scoring.bench.BenchCounty;
import cn.wangben.scoring.bench.Ceilings;
import cn.wangben.scoring.projection.ProjectionReplays;
import cn.wangben.testinfra.WangbenIntegrationTest;
import com.jayway.jsonpath.JsonPath;
import com.mongodb.client.model.InsertManyOptions;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Not part of the suite (the name matches no test pattern); run it by name:
 *
 * <pre>./mvnw -o -q -pl scoring-service -am -Dskip.web=true verify -Dtest=none -Dit.test=CountyDashboardBenchmark \
 *   -Dsurefire.failIfNoSpecifiedTests=false -Dfailsafe.failIfNoSpecifiedTests=false -DargLine=-Xmx8g</pre>
 *
 * (mongo-java-server's memory backend keeps the million teachers' documents in this JVM's heap.)
 *
 * Loads 1,000,000 teachers in 100 counties of 100 schools (10,000 schools) through the rebuild's bulk path: each
 * county's generated events (about 1.2 per teacher, {@link BenchCounty#lightTeacher}) are replayed in memory by the same code a rebuild uses, which
 * gives the per-teacher facts with their settled counts and the counters, and these are bulk-inserted. Then times
 * whole HTTP requests (security, desk, Mongo, JSON) of county dashboards of random counties. Prints name: value unit
 * lines, asserts nothing about time.
 */
@WangbenIntegrationTest
@AutoConfigureMockMvc
class CountyDashboardBenchmark {
    static final int COUNTIES = 100;
    static final int SCHOOLS = 100;
    static final int TEACHERS = 10_000;
    static final int WARM_UP = 50;
    static final int RUNS = 300;

    @Autowired
    MockMvc mvc;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    ProjectionReplays replays;

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Test
    void countyDashboardWithAMillionTeachersLoaded() throws Exception {
        long rawInserts = Ceilings.mongoInsertsPerSecond(mongo, 5_000);
        long rawBulk = Ceilings.mongoBulkInsertsPerSecond(mongo, 200_000);
        long rawProduces = Ceilings.kafkaProducesPerSecond(kafka, 50_000);
        MongoProjectionReplays bulk = (MongoProjectionReplays) replays;
        long start = System.nanoTime();
        long documents = 0;
        long events = 0;
        for (int n = 0; n < COUNTIES; n++) {
            BenchCounty c = new BenchCounty("cd" + n, SCHOOLS);
            ReplayState state = new ReplayState(ZoneId.of("Asia/Shanghai"));
            long[] count = {0};
            c.setup(e -> {
                state.accept(e);
                count[0]++;
            });
            for (long t = 0; t < TEACHERS; t++) {
                c.lightTeacher(t, e -> {
                    state.accept(e);
                    count[0]++;
                });
            }
            state.accept(c.released(1));
            events += count[0] + 1;
            for (Map.Entry<String, Collection<Document>> docs :
                    bulk.documents(state).entrySet()) {
                documents += insert(docs.getKey(), docs.getValue());
            }
        }
        long loadMillis = (System.nanoTime() - start) / 1_000_000;
        long teachers = mongo.getCollection(ResultFactReads.TRAINEES).countDocuments();
        assertThat(teachers).isEqualTo((long) COUNTIES * TEACHERS);

        Random random = new Random(42);
        long[] nanos = new long[RUNS];
        for (int i = 0; i < WARM_UP + RUNS; i++) {
            String county = "bench-cd" + random.nextInt(COUNTIES);
            long t0 = System.nanoTime();
            MockHttpServletResponse response = mvc.perform(
                            get("/api/scoring/dashboards/counties/" + county).with(countyAdmin(county)))
                    .andReturn()
                    .getResponse();
            long took = System.nanoTime() - t0;
            String body = response.getContentAsString(StandardCharsets.UTF_8);
            assertThat(response.getStatus()).as(body).isEqualTo(200);
            if (i == 0) {
                assertThat((List<?>) JsonPath.read(body, "$.schools")).hasSize(SCHOOLS);
                assertThat(JsonPath.read(body, "$.programmes[0].enrolled").toString())
                        .isEqualTo(String.valueOf(TEACHERS - TEACHERS / 50));
            }
            if (i >= WARM_UP) {
                nanos[i - WARM_UP] = took;
            }
        }
        Arrays.sort(nanos);
        System.out.printf(
                "teachers loaded: %d teachers (%d events, %d documents, %d ms)%n",
                teachers, events, documents, loadMillis);
        System.out.printf("county dashboard read p50: %.1f ms%n", nanos[RUNS / 2] / 1e6);
        System.out.printf("county dashboard read p99: %.1f ms%n", nanos[(int) Math.ceil(RUNS * 0.99) - 1] / 1e6);
        System.out.printf("county dashboard read max: %.1f ms%n", nanos[RUNS - 1] / 1e6);
        System.out.printf("raw mongo single inserts/s: %d inserts/s%n", rawInserts);
        System.out.printf("raw mongo insertMany/s: %d documents/s%n", rawBulk);
        System.out.printf("raw kafka produce/s: %d records/s%n", rawProduces);
    }

    private long insert(String collection, Collection<Document> documents) {
        List<Document> batch = new ArrayList<>(5_000);
        for (Document d : documents) {
            batch.add(d);
            if (batch.size() == 5_000) {
                mongo.getCollection(collection).insertMany(batch, new InsertManyOptions().ordered(false));
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            mongo.getCollection(collection).insertMany(batch, new InsertManyOptions().ordered(false));
        }
        return documents.size();
    }
}
