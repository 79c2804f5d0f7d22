package cn.wangben.devstack;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Demo content for a fresh devstack: a published programme of 青山县 with the county notice's three online modules
 * placed around today, and one essay already submitted, so every screen has something to show. Runs only when the
 * county has no programme yet, so restarts keep whatever was done in the meantime.
 */
final class DemoData {
    static final String PASSWORD = "Demo#2026";
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Duration SYNC_PATIENCE = Duration.ofSeconds(30);
    private static final int WEEK = 7;
    private static final int PERIOD_DAYS = 27;
    private static final List<String[]> MODULES = List.of(
            new String[] {"队伍建设", "阅读《教师专业发展规划指导意见》，撰写教师自我发展规划"},
            new String[] {"师德师风", "观看两段师德专题视频，撰写师德师风演讲稿"},
            new String[] {"信息技术", "观看信息技术与学科融合专题讲座，撰写心得体会"});

    private DemoData() {}

    /**
     * The demo counties and schools in the identity registry. Their people come with the realm import, so the counties
     * are registered without a new admin.
     */
    private static void seedTenants(Devstack devstack) {
        DemoApi platform = new DemoApi(devstack.gatewayUrl(), devstack.passwordGrantToken("platform-admin", PASSWORD));
        if (!platform.get("/api/identity/counties").isEmpty()) {
            return;
        }
        platform.post("/api/identity/counties", "{\"id\":\"qingshan\",\"name\":\"青山县\"}", 201);
        platform.post("/api/identity/counties", "{\"id\":\"yunshui\",\"name\":\"云水县\"}", 201);
        DemoApi qingshan = new DemoApi(devstack.gatewayUrl(), devstack.passwordGrantToken("qs-county-admin", PASSWORD));
        qingshan.post(
                "/api/identity/counties/qingshan/schools",
                "{\"id\":\"qs-shiyan\",\"code\":\"3607010001\",\"name\":\"青山县实验小学\",\"stage\":\"小学\"}",
                201);
        qingshan.post(
                "/api/identity/counties/qingshan/schools",
                "{\"id\":\"qs-youer\",\"code\":\"3607010002\",\"name\":\"青山县第一幼儿园\",\"stage\":\"幼儿园\"}",
                201);
        DemoApi yunshui = new DemoApi(devstack.gatewayUrl(), devstack.passwordGrantToken("ys-county-admin", PASSWORD));
        yunshui.post(
                "/api/identity/counties/yunshui/schools",
                "{\"id\":\"ys-zhongxue\",\"code\":\"3607020001\",\"name\":\"云水县中学\",\"stage\":\"初中\"}",
                201);
        Console.info("demo data: counties 青山县 and 云水县 with three schools registered");
    }

    static void seedIfEmpty(Devstack devstack) {
        seedTenants(devstack);
        DemoApi county = new DemoApi(devstack.gatewayUrl(), devstack.passwordGrantToken("qs-county-admin", PASSWORD));
        if (!county.get("/api/plan/programmes").isEmpty()) {
            Console.info("demo data: 青山县 already has a programme; nothing seeded");
            return;
        }
        LocalDate today = LocalDate.now(SHANGHAI);
        JsonNode programme = county.post(
                "/api/plan/programmes",
                """
                {"name":"示范：本学期教师网本研修","periodStart":"%s","periodEnd":"%s","enrollmentCutoff":"%sT00:00:00+08:00"}""".formatted(today.minusDays(3), today.plusDays(PERIOD_DAYS), today.plusDays(2)),
                201);
        String programmeId = programme.path("id").asString();
        county.post("/api/plan/programmes/" + programmeId + "/publish", "", 200);

        String firstModule = null;
        for (int i = 0; i < MODULES.size(); i++) {
            LocalDate opens = i == 0 ? today.minusDays(3) : today.plusDays(4 + (long) WEEK * (i - 1));
            LocalDate due = today.plusDays(4 + (long) WEEK * i); // 00:00 of this day = 24:00 of the day before
            JsonNode module = county.postEventually(
                    "/api/assignments/modules",
                    """
                    {"programmeId":"%s","title":"%s","prompt":"%s","maxPoints":20,
                     "opensAt":"%sT00:00:00+08:00","dueAt":"%sT00:00:00+08:00"}""".formatted(programmeId, MODULES.get(i)[0], MODULES.get(i)[1], opens, due),
                    201,
                    SYNC_PATIENCE);
            firstModule = firstModule == null ? module.path("id").asString() : firstModule;
        }
        DemoApi teacher =
                new DemoApi(devstack.gatewayUrl(), devstack.passwordGrantToken("qs-teacher-chenjing", PASSWORD));
        teacher.post(
                "/api/assignments/modules/" + firstModule + "/essays",
                "{\"text\":\"我的三年发展规划：第一年站稳讲台，第二年形成教学特色，第三年带动年级组共同成长。\"}",
                201);
        Console.info("demo data: programme " + programmeId + " with " + MODULES.size() + " modules and one essay");
    }
}
