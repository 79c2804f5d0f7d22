package cn.wangben.scoring.results;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wangben.contracts.DomainEvent;
import cn.wangben.scoring.projection.EventIntake;
import cn.wangben.testinfra.EventFixtures;
import cn.wangben.testinfra.WangbenIntegrationTest;
import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The acceptance test of idempotency: every consumer given each event twice, and the partitions out of order, ends in
 * the same dashboards and results as the events given once in order.
 */
@WangbenIntegrationTest
@AutoConfigureMockMvc
@Import(EventFixtures.class)
class ProjectionIdempotencyIT {
    @Autowired
    MockMvc mvc;

    @Autowired
    EventIntake intake;

    @Autowired
    MongoTemplate mongo;

    @Test
    void eachEventTwiceAndPartitionsOutOfOrderGiveTheSameDashboardsAndResultsAsOnceInOrder() throws Exception {
        long now = System.nanoTime();
        ScenarioEvents inOrder = new ScenarioEvents("a" + now);
        ScenarioEvents shuffled = new ScenarioEvents("b" + now);
        Feed feed = new Feed(intake);
        feed.apply(inOrder.events());
        List<DomainEvent> events = shuffled.events();
        for (long seed : new long[] {now, now + 1}) {
            feed.apply(Feed.twiceShuffledAcrossPartitions(events, seed));
        }

        List<String> expected = views(inOrder);
        List<String> actual = views(shuffled);
        assertThat(actual).as("shuffled with seeds %d and %d", now, now + 1).isEqualTo(expected);
        assertThat(Counters.of(mongo, shuffled.county.value(), shuffled.suffix))
                .as("counter documents")
                .isEqualTo(Counters.of(mongo, inOrder.county.value(), inOrder.suffix));
        Counters.assertCountiesAndModulesAddUpTheSchools(mongo, shuffled.county.value());
    }

    @Test
    void theScenarioComesOutAsTheNoticeSays() throws Exception {
        ScenarioEvents s = new ScenarioEvents("n" + System.nanoTime());
        new Feed(intake).apply(s.events());

        String results = body("/api/scoring/programmes/" + s.programme + "/results", s);
        assertThat(JsonPath.read(results, "$.status").toString()).isEqualTo("PROVISIONAL");
        Map<String, Object> first = row(results, "k1…");
        assertThat(String.valueOf((Object) JsonPath.read(first, "$.modules[0].score")))
                .isEqualTo("18.0"); // revision 2 wins
        assertThat(JsonPath.read(first, "$.modules[1].outcome").toString()).isEqualTo("AWAITING_RELEASE");
        assertThat(JsonPath.read(row(results, "k3…"), "$.modules[0].outcome").toString())
                .isEqualTo("MISSED");
        assertThat(row(results, "k4…").get("status")).isEqualTo("EXEMPT");
        assertThat(row(results, "k7…").get("schoolReason")).isEqualTo("逾期未提交计划或名册，校本研修按取消处理");
        assertThat(String.valueOf(row(results, "k7…").get("schoolPoints"))).isEqualTo("0.0");

        String county = body("/api/scoring/dashboards/counties/" + s.county, s);
        assertThat(JsonPath.read(county, "$.submittedByModule['m1…']").toString())
                .isEqualTo("4");
        assertThat(JsonPath.read(county, "$.modules[0].onTime").toString()).isEqualTo("3");
        assertThat(JsonPath.read(county, "$.modules[0].average").toString()).isEqualTo("16.5"); // (18+12.5+19)/3
        assertThat(JsonPath.read(county, "$.modules[0].distribution.缺交").toString())
                .isEqualTo("1");
        assertThat(JsonPath.read(county, "$.programmes[0].enrolled").toString()).isEqualTo("6");
        assertThat(JsonPath.read(county, "$.programmes[0].exempt").toString()).isEqualTo("1");
        assertThat((List<String>) JsonPath.read(county, "$.atRisk[*].risks[*].rule"))
                .containsExactly("SCHOOL_CANCELLED");
        String s1 = "$.schools[?(@.schoolId=='s1…')]";
        assertThat((List<String>) JsonPath.read(county, s1 + ".plan.status")).containsExactly("APPROVED");
        assertThat((List<String>) JsonPath.read(county, s1 + ".schoolName")).containsExactly("青山县第一中学");
        assertThat((List<String>) JsonPath.read(county, "$.schools[?(@.schoolId=='s2…')].plan.status"))
                .containsExactly("SUBMITTED");
    }

    private static Map<String, Object> row(String results, String teacherKey) {
        List<Map<String, Object>> rows = JsonPath.read(results, "$.results[?(@.teacherKey=='" + teacherKey + "')]");
        assertThat(rows).as("row of %s in %s", teacherKey, results).hasSize(1);
        return rows.get(0);
    }

    private List<String> views(ScenarioEvents s) throws Exception {
        return Views.of(mvc, s);
    }

    private String body(String path, ScenarioEvents s) throws Exception {
        return Views.body(mvc, path, s);
    }
}
