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

    static void seedIfEmpty(Devstack devstack) {
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
