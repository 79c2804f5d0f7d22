package cn.wangben.assignment.missing;

import static cn.wangben.testinfra.TestTokens.countyAdmin;
import static cn.wangben.testinfra.TestTokens.teacher;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.wangben.assignment.AssignmentIT;
import cn.wangben.assignment.Scenario;
import cn.wangben.assignment.cutoff.MissedEssay;
import cn.wangben.assignment.cutoff.TeacherCutoffs;
import cn.wangben.assignment.module.OnlineModule;
import cn.wangben.assignment.module.OnlineModules;
import cn.wangben.contracts.Topics;
import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.ModuleId;
import cn.wangben.contracts.ids.SchoolId;
import cn.wangben.contracts.ids.TeacherId;
import cn.wangben.testinfra.EventFixtures;
import cn.wangben.testinfra.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * 缺交计 0 分 exactly once. The job is called with explicit instants (its scheduler is off in tests) and sweeps the
 * whole shared database, so assertions look at this test's teachers only.
 */
@AssignmentIT
class MissingEssayIT {
    static final String SCHOOL = "qs-zhongxue";
    /** 12-18 24:00 Beijing time. */
    static final Instant EXTENDED = Instant.parse("2026-12-18T16:00:00Z");

    @Autowired
    MockMvc mvc;

    @Autowired
    MutableClock clock;

    @Autowired
    Scenario scenario;

    @Autowired
    EventFixtures events;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    MissingEssaySweep sweep;

    @Autowired
    TeacherCutoffs cutoffs;

    @Autowired
    OnlineModules modules;

    @Value("${wangben.missing-essays.settle}")
    Duration settle;

    Scenario.Module module;
    String run;

    @BeforeEach
    void openModule() throws Exception {
        module = scenario.module();
        run = Scenario.unique("m");
    }

    @Test
    void eachNonSubmitterGetsExactlyOneEssayMissedHoweverOftenAndWhereverTheJobRuns() throws Exception {
        String missing1 = run + "-miss-1";
        String missing2 = run + "-miss-2";
        String submitter = run + "-sub";
        String exempt = run + "-exempt";
        String late = run + "-late";
        for (String teacherId : List.of(missing1, missing2, submitter, exempt, late)) {
            scenario.enroll(module, SCHOOL, teacherId);
        }
        scenario.exempt(module, SCHOOL, exempt);
        clock.set(Scenario.DUE.minusMillis(1));
        essay(submitter).andExpect(status().isCreated());
        extend(late, "2026-12-19T00:00:00+08:00").andExpect(status().isCreated());

        sweep.sweep(Scenario.DUE.plus(settle).minusMillis(1));
        assertThat(missed()).isEmpty();
        Instant afterCutoff = Scenario.DUE.plus(settle);
        runConcurrently(afterCutoff, 2); // two instances at the same instant
        sweep.sweep(afterCutoff);
        sweep.sweep(afterCutoff.plusSeconds(60)); // the next scheduled run

        assertThat(events.countOn(Topics.SUBMISSIONS, run + "-miss")).isEqualTo(2);
        assertThat(missed()).containsExactlyInAnyOrder(missing1, missing2);

        sweep.sweep(EXTENDED.plus(settle).minusMillis(1));
        assertThat(missed()).doesNotContain(late);
        sweep.sweep(EXTENDED.plus(settle));
        sweep.sweep(EXTENDED.plus(settle).plusSeconds(60));

        assertThat(missed()).containsExactlyInAnyOrder(missing1, missing2, late);
        // the extended teacher's records: ExtensionGranted, then one EssayMissed
        assertThat(events.countOn(Topics.SUBMISSIONS, late)).isEqualTo(2);
        assertThat(mongo.getCollection("missing_sweeps").countDocuments(new Document("_id", module.id())))
                .isEqualTo(1);
        Document mark = mongo.getCollection("teacher_cutoffs")
                .find(new Document("_id", module.id() + ":" + late))
                .first();
        assertThat(mark.getDate("missedCutoff").toInstant()).isEqualTo(EXTENDED);
    }

    @Test
    void concurrentJobsOnAFreshModuleStillPublishOnceEach() throws Exception {
        List<String> teachers = List.of(run + "-a", run + "-b", run + "-c", run + "-d");
        for (String teacherId : teachers) {
            scenario.enroll(module, SCHOOL, teacherId);
        }

        runConcurrently(Scenario.DUE.plus(settle).plusSeconds(5), 4);

        assertThat(missed()).containsExactlyInAnyOrderElementsOf(teachers);
        assertThat(events.countOn(Topics.SUBMISSIONS, run)).isEqualTo(teachers.size());
    }

    @Test
    void noExtensionOnceTheEssayIsMarkedMissing() throws Exception {
        String teacherId = run + "-gone";
        scenario.enroll(module, SCHOOL, teacherId);
        sweep.sweep(Scenario.DUE.plus(settle));
        clock.set(Scenario.DUE.plus(Duration.ofDays(1)));

        extend(teacherId, "2026-12-20T00:00:00+08:00")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:wangben:problem:essay-already-missed"))
                .andExpect(jsonPath("$.detail").value("该教师在本板块已按缺交计 0 分（其截止时间已过），不能再延期"));
        assertThat(missed()).containsExactly(teacherId);
    }

    @Test
    void markingTheSameEssayMissingAgainIsRecognisedAsAlreadyDone() throws Exception {
        String teacherId = run + "-twice";
        OnlineModule due = modules.find(CountyId.of(Scenario.COUNTY), ModuleId.of(module.id()))
                .orElseThrow();
        var missed = new MissedEssay(due, TeacherId.of(teacherId), SchoolId.of(SCHOOL), due.dueAt(), EXTENDED);

        assertThat(cutoffs.markMissed(missed, EXTENDED, missed.events())).isTrue();
        assertThat(cutoffs.markMissed(missed, EXTENDED, missed.events())).isFalse();

        assertThat(missed()).containsExactly(teacherId);
        assertThat(events.countOn(Topics.SUBMISSIONS, teacherId)).isEqualTo(1);
    }

    private void runConcurrently(Instant now, int instances) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(instances);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> runs = new java.util.ArrayList<>();
            for (int i = 0; i < instances; i++) {
                runs.add(pool.submit(() -> {
                    start.await();
                    return sweep.sweep(now);
                }));
            }
            start.countDown();
            for (Future<Integer> result : runs) {
                result.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private List<String> missed() {
        return mongo.getCollection("teacher_cutoffs")
                .find(new Document("moduleId", module.id()).append("missedAt", new Document("$exists", true)))
                .map(d -> d.getString("teacherId"))
                .into(new java.util.ArrayList<>());
    }

    private ResultActions essay(String teacherId) throws Exception {
        return mvc.perform(post("/api/assignments/modules/" + module.id() + "/essays")
                .with(teacher(teacherId, Scenario.COUNTY, SCHOOL))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"text\":\"按时提交的作业\"}"));
    }

    private ResultActions extend(String teacherId, String until) throws Exception {
        return mvc.perform(post("/api/assignments/modules/" + module.id() + "/extensions")
                .with(countyAdmin(Scenario.COUNTY))
                .contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"teacherId":"%s","until":"%s","reason":"病假"}""".formatted(teacherId, until)));
    }
}
