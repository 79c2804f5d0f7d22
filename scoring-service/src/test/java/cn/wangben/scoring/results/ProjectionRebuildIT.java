package cn.wangben.scoring.results;

import static cn.wangben.testinfra.TestTokens.countyAdmin;
import static cn.wangben.testinfra.TestTokens.token;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.wangben.contracts.DomainEvent;
import cn.wangben.contracts.EventCatalog;
import cn.wangben.contracts.EventType;
import cn.wangben.contracts.Topics;
import cn.wangben.contracts.assignment.EssaySubmitted;
import cn.wangben.contracts.ids.EventId;
import cn.wangben.contracts.ids.SubmissionId;
import cn.wangben.contracts.ids.TeacherId;
import cn.wangben.testinfra.EventFixtures;
import cn.wangben.testinfra.WangbenIntegrationTest;
import com.jayway.jsonpath.JsonPath;
import com.mongodb.client.model.Filters;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A rebuild from the Kafka log gives the same dashboards, results and counters as the live consumers built, and the
 * live consumers resume where the replay stopped.
 */
@WangbenIntegrationTest
@AutoConfigureMockMvc
@Import(EventFixtures.class)
class ProjectionRebuildIT {
    static final Duration PATIENCE = Duration.ofSeconds(60);

    @Autowired
    MockMvc mvc;

    @Autowired
    EventFixtures events;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    KafkaAdmin admin;

    @Test
    void aRebuildFromTheLogGivesTheSameNumbersAndLiveConsumptionGoesOnAfterIt() throws Exception {
        ScenarioEvents s = new ScenarioEvents("r" + System.nanoTime());
        for (DomainEvent e : s.events()) {
            publish(e);
        }
        List<String> live = settled(s);
        List<String> liveCounters = Counters.of(mongo, s.county.value(), s.suffix);
        String countyView = live.get(0);
        assertThat(JsonPath.read(countyView, "$.submittedByModule['m1…']").toString())
                .isEqualTo("4");

        // what a lost $inc or a bad deploy would leave: counters and facts gone, so the rebuild has to restore them
        mongo.getCollection("dashboard_schools").deleteMany(Filters.eq("countyId", s.county.value()));
        mongo.getCollection("results_work").deleteMany(Filters.eq("countyId", s.county.value()));
        assertThat(tryViews(s)).isNotEqualTo(live);

        MockHttpServletResponse refused = mvc.perform(
                        post("/api/scoring/admin/projections/rebuild").with(countyAdmin(s.county.value())))
                .andReturn()
                .getResponse();
        assertThat(refused.getStatus()).isEqualTo(403);
        MockHttpServletResponse done = mvc.perform(
                        post("/api/scoring/admin/projections/rebuild").with(token("ops", null, null, "PLATFORM_ADMIN")))
                .andReturn()
                .getResponse();
        String report = done.getContentAsString(StandardCharsets.UTF_8);
        assertThat(done.getStatus()).as(report).isEqualTo(200);
        assertThat(((Number) JsonPath.read(report, "$.events")).longValue())
                .isGreaterThanOrEqualTo(s.events().size());

        assertThat(Views.of(mvc, s)).as("after the rebuild").isEqualTo(live);
        assertThat(Counters.of(mongo, s.county.value(), s.suffix)).isEqualTo(liveCounters);
        Counters.assertCountiesAndModulesAddUpTheSchools(mongo, s.county.value());

        // a submission published after the rebuild is applied by the resumed live consumer, once
        publish(new EssaySubmitted(
                EventId.random(),
                s.county,
                Instant.parse("2026-12-20T02:00:00Z"),
                SubmissionId.random(),
                s.module(2),
                s.programme,
                TeacherId.of("late-joiner" + s.suffix),
                s.school(1),
                Instant.parse("2026-12-20T02:00:00Z"),
                "0".repeat(64),
                800,
                1));
        String m2 = "$.submittedByModule['m2…']";
        int before = Integer.parseInt(JsonPath.read(countyView, m2).toString());
        awaitTrue(() ->
                Integer.parseInt(JsonPath.read(Views.of(mvc, s).get(0), m2).toString()) == before + 1);
    }

    @Test
    void theTopicsTheProjectionsAreBuiltFromKeepTheirWholeLog() throws Exception {
        try (AdminClient client = AdminClient.create(admin.getConfigurationProperties())) {
            for (String topic : List.of(Topics.SUBMISSIONS, Topics.PROGRAMMES, Topics.GRADES)) {
                ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
                var config =
                        client.describeConfigs(List.of(resource)).all().get().get(resource);
                assertThat(config.get("retention.ms").value()).as(topic).isEqualTo("-1");
                assertThat(config.get("retention.bytes").value()).as(topic).isEqualTo("-1");
            }
        }
    }

    /** The views once the live consumers have applied everything: two equal reads, the last event's effect seen. */
    private List<String> settled(ScenarioEvents s) throws Exception {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        List<String> previous = null;
        while (System.nanoTime() < deadline) {
            List<String> now = tryViews(s);
            if (now != null && now.equals(previous) && complete(now)) {
                return now;
            }
            previous = now;
            Thread.sleep(500);
        }
        throw new AssertionError("the live consumers did not settle: " + previous);
    }

    /** The scenario's own figures (ProjectionIdempotencyIT checks them in detail): all its events are in. */
    private static boolean complete(List<String> views) {
        String county = views.get(0);
        return "4".equals(JsonPath.read(county, "$.submittedByModule['m1…']").toString())
                && "6".equals(JsonPath.read(county, "$.programmes[0].enrolled").toString())
                && "16.5".equals(JsonPath.read(county, "$.modules[0].average").toString());
    }

    private List<String> tryViews(ScenarioEvents s) {
        try {
            return Views.of(mvc, s);
        } catch (Exception | AssertionError notYet) {
            return null;
        }
    }

    private void awaitTrue(Check check) throws Exception {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (check.holds()) {
                    return;
                }
            } catch (Exception | AssertionError notYet) {
                // not there yet
            }
            Thread.sleep(200);
        }
        throw new AssertionError("not applied after the rebuild");
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void publish(DomainEvent e) throws Exception {
        events.publish((EventType) EventCatalog.of(e), e);
    }

    interface Check {
        boolean holds() throws Exception;
    }
}
