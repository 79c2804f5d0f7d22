package cn.wangben.assignment.grading;

import static cn.wangben.assignment.grading.GradingScenario.COUNTY;
import static cn.wangben.assignment.grading.GradingScenario.DURING;
import static cn.wangben.assignment.grading.GradingScenario.base;
import static cn.wangben.assignment.grading.GradingScenario.json;
import static cn.wangben.testinfra.TestTokens.countyAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.wangben.assignment.AssignmentIT;
import cn.wangben.assignment.similarity.SyntheticEssays;
import cn.wangben.testinfra.EventFixtures;
import cn.wangben.testinfra.MutableClock;
import java.util.HashMap;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/** Near-copy detection end to end: essays through the submission API, S3, the outbox, Kafka and Mongo. */
@AssignmentIT
class NearCopyIT {
    static final int SENTENCES = 15;
    static final int VOCABULARY = 8_000;
    static final double EDITED_SHARE = 0.05;

    @Autowired
    MockMvc mvc;

    @Autowired
    MutableClock clock;

    @Autowired
    EventFixtures events;

    @Autowired
    MongoTemplate mongo;

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    @Test
    void aNearCopyIsFlaggedOnBothEssaysWithTheMatchingPairAndHonestEssaysAreNot() throws Exception {
        var scenario = new GradingScenario(mvc, events, bootstrapServers);
        String moduleId = scenario.scheduleModule();
        clock.set(DURING);
        var essays = new SyntheticEssays(20261210L, VOCABULARY);
        String original = essays.essay(SENTENCES);
        String source = scenario.submit(moduleId, "t-yuan", "qs-shiyan", original);
        scenario.submit(moduleId, "t-honest1", "qs-shiyan", essays.essay(SENTENCES));
        String copy = scenario.submit(moduleId, "t-chao", "qs-dongfang", essays.nearCopy(original, EDITED_SHARE));
        scenario.submit(moduleId, "t-honest2", "qs-dongfang", essays.essay(SENTENCES));
        scenario.awaitQueue(moduleId, "", q -> q.get("items").size() == 4);

        JsonNode flagged = scenario.awaitQueue(
                moduleId, "flagged=true", q -> q.get("items").size() == 2);

        Map<String, JsonNode> byTeacher = new HashMap<>();
        flagged.get("items").forEach(row -> byTeacher.put(row.get("teacherId").asString(), row));
        assertThat(byTeacher.get("t-chao").get("nearCopy").get("submissionId").asString())
                .isEqualTo(source);
        assertThat(byTeacher.get("t-yuan").get("nearCopy").get("submissionId").asString())
                .isEqualTo(copy);
        assertThat(byTeacher.get("t-chao").get("nearCopy").get("similarity").decimalValue())
                .isGreaterThanOrEqualTo(new java.math.BigDecimal("0.50"));
        assertThat(GradingIT.teachersOf(scenario.queue(moduleId, countyAdmin(COUNTY), "flagged=false")))
                .containsExactly("t-honest1", "t-honest2");
        assertThat(json(scenario.call(get(base(moduleId) + "/summary").with(countyAdmin(COUNTY))))
                        .get("flagged")
                        .asLong())
                .isEqualTo(2);
        assertThat(json(scenario.call(get(base(moduleId) + "/items/t-chao").with(countyAdmin(COUNTY))))
                        .get("nearCopies")
                        .get(0)
                        .get("teacherId")
                        .asString())
                .isEqualTo("t-yuan");
    }

    @Test
    void rewritingTheCopiedEssayClearsTheFlagsOfBothTeachers() throws Exception {
        var scenario = new GradingScenario(mvc, events, bootstrapServers);
        String moduleId = scenario.scheduleModule();
        clock.set(DURING);
        var essays = new SyntheticEssays(20261211L, VOCABULARY);
        String original = essays.essay(SENTENCES);
        scenario.submit(moduleId, "t-yuan", "qs-shiyan", original);
        String copy = scenario.submit(moduleId, "t-chao", "qs-dongfang", essays.nearCopy(original, EDITED_SHARE));
        scenario.awaitQueue(moduleId, "flagged=true", q -> q.get("items").size() == 2);

        String rewritten = scenario.submit(moduleId, "t-chao", "qs-dongfang", essays.essay(SENTENCES));

        scenario.awaitQueue(moduleId, "status=ungraded", q -> q.get("items")
                .valueStream()
                .anyMatch(row -> row.get("submissionId").asString().equals(rewritten)));
        scenario.awaitQueue(moduleId, "flagged=true", q -> q.get("items").isEmpty());
        assertThat(mongo.getCollection("near_copy_signatures").countDocuments(new Document("_id", copy)))
                .as("the superseded attempt leaves the index")
                .isZero();
    }
}
