package cn.wangben.devstack.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wangben.devstack.Devstack;
import java.io.InputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The same things in three places, so each can be asked for by each role: a programme, school plans, a module and an
 * essay in 青山县's 实验小学 (the callers' own school), in 青山县's 第一幼儿园 (another school of their county) and in
 * 云水县's 中学 (another county). Dates are relative to today, so the world is valid whenever the suite runs.
 */
final class IsolationWorld {
    static final String PASSWORD = ThinFlowIT.PASSWORD;
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final Duration SYNC = Duration.ofSeconds(30);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    enum Target {
        OWN_SCHOOL,
        OTHER_SCHOOL,
        OTHER_COUNTY
    }

    private final Devstack stack;
    private final GatewayClient gateway;
    private final Map<Target, Map<String, String>> values = new HashMap<>();

    IsolationWorld(Devstack stack) {
        this.stack = stack;
        this.gateway = new GatewayClient(stack.gatewayUrl());
    }

    /** The placeholder values of a target: county, school, programme, plan, module, submission, teacher, … */
    Map<String, String> of(Target target) {
        return values.get(target);
    }

    String token(String username) {
        return stack.passwordGrantToken(username, PASSWORD);
    }

    IsolationWorld build() throws Exception {
        tenants();
        LocalDate today = LocalDate.now(SHANGHAI);
        String qs = programme("qs-county-admin", today);
        String ys = programme("ys-county-admin", today);
        put(Target.OWN_SCHOOL, Map.of("county", "qingshan", "school", "qs-shiyan", "programme", qs));
        put(Target.OTHER_SCHOOL, Map.of("county", "qingshan", "school", "qs-youer", "programme", qs));
        put(Target.OTHER_COUNTY, Map.of("county", "yunshui", "school", "ys-zhongxue", "programme", ys));

        values.get(Target.OWN_SCHOOL).put("plan", plan("qs-shiyan-admin", qs, today));
        values.get(Target.OTHER_SCHOOL).put("plan", plan("qs-youer-admin", qs, today));
        values.get(Target.OTHER_COUNTY).put("plan", plan("ys-zhongxue-admin", ys, today));

        approve("qs-county-admin", Target.OWN_SCHOOL);
        approve("qs-county-admin", Target.OTHER_SCHOOL);
        approve("ys-county-admin", Target.OTHER_COUNTY);

        schoolwork(Target.OWN_SCHOOL, "qs-shiyan-admin");
        schoolwork(Target.OTHER_SCHOOL, "qs-youer-admin");
        schoolwork(Target.OTHER_COUNTY, "ys-zhongxue-admin");

        String qsModule = module("qs-county-admin", qs, today);
        String ysModule = module("ys-county-admin", ys, today);
        essay(Target.OWN_SCHOOL, "qs-teacher-liwen", qsModule);
        essay(Target.OTHER_SCHOOL, "qs-teacher-chenjing", qsModule);
        essay(Target.OTHER_COUNTY, "ys-teacher-hexin", ysModule);
        return this;
    }

    private void put(Target target, Map<String, String> initial) {
        values.put(target, new HashMap<>(initial));
    }

    /** Registered once per platform; a second registration is a 409, which is fine here. */
    private void tenants() throws Exception {
        String platform = token("platform-admin");
        gateway.post("/api/identity/counties", platform, "{\"id\":\"qingshan\",\"name\":\"青山县\"}");
        gateway.post("/api/identity/counties", platform, "{\"id\":\"yunshui\",\"name\":\"云水县\"}");
        school("qs-county-admin", "qingshan", "qs-shiyan", "3607010001", "青山县实验小学", "小学");
        school("qs-county-admin", "qingshan", "qs-youer", "3607010002", "青山县第一幼儿园", "幼儿园");
        school("ys-county-admin", "yunshui", "ys-zhongxue", "3607020001", "云水县中学", "初中");
    }

    private void school(String admin, String county, String id, String code, String name, String stage)
            throws Exception {
        var reply = gateway.post(
                "/api/identity/counties/" + county + "/schools",
                token(admin),
                "{\"id\":\"%s\",\"code\":\"%s\",\"name\":\"%s\",\"stage\":\"%s\"}".formatted(id, code, name, stage));
        assertThat(reply.status()).as(reply.toString()).isIn(201, 409);
    }

    private String programme(String admin, LocalDate today) throws Exception {
        String token = token(admin);
        var created = gateway.post("/api/plan/programmes", token, """
                {"name":"隔离矩阵测试项目","periodStart":"%s","periodEnd":"%s","enrollmentCutoff":"%sT00:00:00+08:00",
                 "schoolPlanDeadline":"%sT00:00:00+08:00","schoolScoringDeadline":"%sT00:00:00+08:00"}""".formatted(
                today.minusDays(3), today.plusDays(60), today.plusDays(5), today.plusDays(20), today.plusDays(50)));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.text("id");
        var published = gateway.post("/api/plan/programmes/" + id + "/publish", token, "");
        assertThat(published.status()).as(published.toString()).isEqualTo(200);
        return id;
    }

    /** Seed 000's plan, moved to start the day after the programme does, saved and submitted. */
    private String plan(String schoolAdmin, String programme, LocalDate today) throws Exception {
        String token = token(schoolAdmin);
        String path = "/api/plan/programmes/" + programme + "/school-plans/mine";
        var saved = gateway.put(path, token, JSON.writeValueAsString(shiftedPlan(today.minusDays(2))));
        assertThat(saved.status()).as(saved.toString()).isIn(200, 201);
        var submitted = gateway.post(path + "/submit", token, "");
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
        return gateway.get(path, token).text("id");
    }

    /** Approved, so scoring-service opens the school's score sheet (it learns of the approval from Kafka). */
    private void approve(String countyAdmin, Target target) throws Exception {
        Map<String, String> v = values.get(target);
        String token = token(countyAdmin);
        var approved = gateway.post("/api/plan/school-plans/" + v.get("plan") + "/approve", token, "");
        assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
        Eventually.reply(
                SYNC,
                () -> gateway.get(
                        "/api/scoring/programmes/" + v.get("programme") + "/schools/" + v.get("school") + "/sheet",
                        token),
                200);
    }

    /** The first school assignment assignment-service opened from the school's approved plan. */
    private void schoolwork(Target target, String schoolAdmin) throws Exception {
        Map<String, String> v = values.get(target);
        String token = token(schoolAdmin);
        var modules = Eventually.reply(
                SYNC,
                () -> gateway.get("/api/assignments/modules?programmeId=" + v.get("programme"), token),
                200,
                reply -> firstSchoolAssignment(reply.json()) != null);
        v.put("schoolwork", firstSchoolAssignment(modules.json()));
    }

    private static String firstSchoolAssignment(JsonNode modules) {
        for (JsonNode module : modules) {
            if ("SCHOOL".equals(module.path("scope").asString())) {
                return module.path("id").asString();
            }
        }
        return null;
    }

    private String module(String admin, String programme, LocalDate today) throws Exception {
        var module = Eventually.reply(
                SYNC,
                () -> gateway.post("/api/assignments/modules", token(admin), """
                        {"programmeId":"%s","title":"师德师风","prompt":"撰写师德师风演讲稿","maxPoints":20,
                         "opensAt":"%sT00:00:00+08:00","dueAt":"%sT00:00:00+08:00"}""".formatted(
                                programme, today.minusDays(1), today.plusDays(10))),
                201);
        return module.text("id");
    }

    private void essay(Target target, String teacher, String module) throws Exception {
        var receipt = gateway.post(
                "/api/assignments/modules/" + module + "/essays",
                token(teacher),
                "{\"text\":\"立德树人，以身作则。我将用爱心和耐心陪伴每一个孩子成长。\"}");
        assertThat(receipt.status()).as(receipt.toString()).isEqualTo(201);
        values.get(target).put("module", module);
        values.get(target).put("submission", receipt.text("submissionId"));
        values.get(target).put("teacher", teacher);
        values.get(target).put("teacherId", subject(token(teacher)));
    }

    /** The account id services know a teacher by (the token's subject). */
    private static String subject(String token) {
        String payload = new String(
                java.util.Base64.getUrlDecoder().decode(token.split("\\.")[1]),
                java.nio.charset.StandardCharsets.UTF_8);
        return JSON.readTree(payload).path("sub").asString();
    }

    static JsonNode shiftedPlan(LocalDate firstDay) throws Exception {
        try (InputStream in = IsolationWorld.class.getResourceAsStream("/e2e/plan.json")) {
            ObjectNode plan = (ObjectNode) JSON.readTree(in);
            LocalDate seedFirst = LocalDate.parse("2026-12-07");
            long shift = ChronoUnit.DAYS.between(seedFirst, firstDay);
            for (String list : new String[] {"activities", "assignments"}) {
                for (JsonNode item : plan.path(list)) {
                    for (String field : new String[] {"startDate", "endDate", "dueDate"}) {
                        if (item.path(field).isString()) {
                            ((ObjectNode) item)
                                    .put(
                                            field,
                                            LocalDate.parse(item.path(field).asString())
                                                    .plusDays(shift)
                                                    .toString());
                        }
                    }
                }
            }
            return plan;
        }
    }
}
