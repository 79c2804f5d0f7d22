package cn.wangben.devstack.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wangben.devstack.e2e.NoticeSchools.Teacher;
import cn.wangben.devstack.e2e.NoticeTerm.Module;
import java.time.Duration;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;

/** The scenario's moves, each through the gateway with the actor's own token. */
final class NoticeActions {
    /** Events cross Kafka to another service; generous for a busy 2-core machine, never a sleep. */
    static final Duration SYNC = Duration.ofSeconds(60);
    /** Polls stay well inside the gateway's per-user rate (5/s). */
    static final Duration POLL = Duration.ofMillis(300);

    final NoticeCounty county;
    final GatewayClient gateway;
    String programme;
    final Map<Module, String> modules = new EnumMap<>(Module.class);
    /** module → teacher name → the accepted essay's submission id */
    final Map<Module, Map<String, String>> essays = new EnumMap<>(Module.class);
    /** teacher name → username */
    final Map<String, String> usernames = new HashMap<>();

    NoticeActions(NoticeCounty county, GatewayClient gateway) {
        this.county = county;
        this.gateway = gateway;
    }

    /** Polls until the reply has {@code status} and is ready; a timeout names what was awaited. */
    GatewayClient.Reply await(String what, Eventually.Call call, int status, Predicate<GatewayClient.Reply> ready)
            throws Exception {
        try {
            return Eventually.reply(SYNC, POLL, call, status, ready);
        } catch (AssertionError e) {
            throw new AssertionError("Waiting for " + what + ": " + e.getMessage(), e);
        }
    }

    String admin() {
        return county.token(county.admin());
    }

    String teacherToken(String name) {
        return county.token(usernames.get(name));
    }

    String publish(String programmeJson) throws Exception {
        var drafted = gateway.post("/api/plan/programmes", admin(), programmeJson);
        assertThat(drafted.status()).as(drafted.toString()).isEqualTo(201);
        programme = drafted.text("id");
        var published = gateway.post("/api/plan/programmes/" + programme + "/publish", admin(), "");
        assertThat(published.status()).as(published.toString()).isEqualTo(200);
        return programme;
    }

    /** assignment-service learns of the programme only from ProgrammePublished, so the first call may wait. */
    void schedule(NoticeTerm term) throws Exception {
        for (Module module : Module.values()) {
            String body = """
                    {"programmeId":"%s","title":"%s","prompt":"%s","maxPoints":20,"opensAt":"%s","dueAt":"%s"}""".formatted(programme, module.title, module.prompt, term.opens(module), term.due(module));
            var scheduled = await(
                    "the programme in assignment-service",
                    () -> gateway.post("/api/assignments/modules", admin(), body),
                    201,
                    r -> true);
            modules.put(module, scheduled.text("id"));
        }
        String allocation = "{\"moduleIds\":[\"" + String.join("\",\"", modules.values()) + "\"],\"schoolIds\":[]}";
        await(
                "the modules in grading",
                () -> gateway.put("/api/assignments/grading/allocations/" + county.grader(), admin(), allocation),
                200,
                r -> true);
    }

    /** Saved and submitted by the school's admin; returns the plan's id. */
    String handInPlan(String school, String planJson) throws Exception {
        String token = county.token(county.schoolAdmin(school));
        String path = "/api/plan/programmes/" + programme + "/school-plans/mine";
        var saved = gateway.put(path, token, planJson);
        assertThat(saved.status()).as(saved.toString()).isIn(200, 201);
        var submitted = gateway.post(path + "/submit", token, "");
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
        return submitted.text("id");
    }

    void uploadRoster(String school, List<Teacher> teachers) throws Exception {
        var imported = gateway.postFile(
                "/api/plan/programmes/" + programme + "/rosters/mine",
                county.token(county.schoolAdmin(school)),
                "学员信息表.csv",
                NoticeSchools.rosterCsv(teachers));
        assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
        assertThat(imported.json().path("teachers").asInt()).isEqualTo(teachers.size());
        assertThat(imported.json().path("rejectedRows").asInt()).isZero();
    }

    void enroll(Teacher teacher) throws Exception {
        var enrolled = gateway.post(
                "/api/plan/programmes/" + programme + "/enrollment/mine",
                teacherToken(teacher.name()),
                "{\"idNumber\":\"" + teacher.idNumber() + "\"}");
        assertThat(enrolled.status()).as(enrolled.toString()).isEqualTo(201);
    }

    /** The school's score sheet as the county sees it, once it satisfies {@code ready}. */
    JsonNode awaitSheet(String school, String what, Predicate<JsonNode> ready) throws Exception {
        return await(what, () -> gateway.get(scoring(school) + "/sheet", admin()), 200, r -> ready.test(r.json()))
                .json();
    }

    /** The first essay of a teacher may wait for assignment-service to know them as a trainee (TeacherEnrolled). */
    void submit(Module module, String teacher, String text) throws Exception {
        var receipt = await(
                teacher + "'s essay in " + module.title, () -> submitOnce(module, teacher, text), 201, reply -> true);
        assertThat(receipt.text("sha256")).hasSize(64);
        essays.computeIfAbsent(module, m -> new HashMap<>()).put(teacher, receipt.text("submissionId"));
    }

    GatewayClient.Reply submitOnce(Module module, String teacher, String text) throws Exception {
        return gateway.post(
                "/api/assignments/modules/" + modules.get(module) + "/essays",
                teacherToken(teacher),
                "{\"text\":\"" + text + "\"}");
    }

    /** The grader grades the essay as soon as grading has taken it from Kafka. */
    void grade(Module module, String teacher, String band, String score) throws Exception {
        String path = "/api/assignments/grading/modules/" + modules.get(module) + "/items/"
                + county.subject(usernames.get(teacher)) + "/grade";
        String body = "{\"submissionId\":\"%s\",\"band\":\"%s\",\"score\":%s,\"comment\":\"结构完整，联系实际。\"}"
                .formatted(essays.get(module).get(teacher), band, score);
        var graded = await(
                teacher + "'s essay in the grading queue of " + module.title,
                () -> gateway.put(path, county.token(county.grader()), body),
                200,
                reply -> true);
        assertThat(NoticeJson.points(NoticeJson.exact(graded), "score")).isEqualTo(score);
    }

    /** Waits until the missing-essay job (it polls the moved clock) has marked exactly this many essays missing. */
    void awaitMissing(Module module, int missing) throws Exception {
        await(
                missing + " missing essay(s) in " + module.title,
                () -> gateway.get("/api/assignments/grading/modules/" + modules.get(module) + "/summary", admin()),
                200,
                reply -> reply.json().path("missing").asInt() == missing);
    }

    void release(Module module) throws Exception {
        var released =
                gateway.post("/api/assignments/grading/modules/" + modules.get(module) + "/release", admin(), "");
        assertThat(released.status()).as(released.toString()).isEqualTo(200);
    }

    String scoring(String school) {
        return "/api/scoring/programmes/" + programme + "/schools/" + school;
    }

    /** The county's result list, with exact decimals. */
    JsonNode results() throws Exception {
        var list = gateway.get("/api/scoring/programmes/" + programme + "/results", admin());
        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        return NoticeJson.exact(list);
    }
}
