package cn.wangben.devstack.e2e;

import cn.wangben.devstack.Devstack;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * What the benchmarks need before the spike: a published programme of 青山县, modules open now and due tomorrow, and
 * many rostered teachers (of qs-shiyan, or spread over several schools) with a usable password and a token.
 */
final class BenchWorld {
    static final String COUNTY = "qingshan";
    static final String SCHOOL = "qs-shiyan";
    static final String ADMIN = "qs-county-admin";
    static final String PASSWORD = "Bench#2026a";
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Duration SYNC = Duration.ofSeconds(30);
    private static final Duration PROVISIONING = Duration.ofMinutes(6);
    private static final Duration TOKEN_LIFESPAN = Duration.ofMinutes(5);
    private static final int ROSTER_BATCH = 100;

    final Devstack stack;
    final GatewayClient gateway;
    final List<String> modules = new ArrayList<>();
    final List<String> teachers = new ArrayList<>();
    /** Teacher i belongs to {@code schools.get(i % schools.size())}. */
    final List<String> schools;

    final String[] tokens;
    private final long[] tokenAt;

    private BenchWorld(Devstack stack, List<String> schools, int teachers) {
        this.stack = stack;
        this.schools = List.copyOf(schools);
        this.gateway = new GatewayClient(stack.gatewayUrl());
        this.tokens = new String[teachers];
        this.tokenAt = new long[teachers];
    }

    /**
     * Overlapped where the work is independent: identity creates the rostered accounts while the programme and its
     * modules are made, and each teacher's password and token are taken as soon as their account is active.
     */
    static BenchWorld build(Devstack stack, int teachers, int modules, BenchReport report) throws Exception {
        return build(stack, List.of(SCHOOL), teachers, modules, report);
    }

    /** As above, with the teachers dealt round-robin over these schools of 青山县 (registered if new). */
    static BenchWorld build(Devstack stack, List<String> schools, int teachers, int modules, BenchReport report)
            throws Exception {
        BenchWorld world = new BenchWorld(stack, schools, teachers);
        long start = System.nanoTime();
        world.tenants();
        world.roster(teachers);
        world.modules(world.programme(), modules);
        report.figure("setup: programme and modules", seconds(start), "s");
        world.onboard(report, start);
        report.figure("setup: teachers rostered, passwords chosen, tokens taken", seconds(start), "s");
        return world;
    }

    private static double seconds(long since) {
        return Math.round((System.nanoTime() - since) / 1e8) / 10.0;
    }

    String school(int teacher) {
        return schools.get(teacher % schools.size());
    }

    String adminToken() {
        return stack.passwordGrantToken(ADMIN, ThinFlowIT.PASSWORD);
    }

    /**
     * Tokens of these teachers that stay valid for {@code validFor} more: access tokens live five minutes (the realm's
     * default), and each new one costs Keycloak a password hash, so only older ones are taken again.
     */
    void tokens(List<Integer> which, Duration validFor) throws Exception {
        long oldest = System.nanoTime() - TOKEN_LIFESPAN.minus(validFor).toNanos();
        List<Integer> stale = which.stream()
                .filter(i -> tokens[i] == null || tokenAt[i] < oldest)
                .toList();
        BenchKeycloak.parallel(stale, i -> {
            tokenAt[i] = System.nanoTime();
            tokens[i] = stack.passwordGrantToken(teachers.get(i), PASSWORD);
        });
    }

    /** Registered once per platform; a 409 from an earlier run on the same data is fine. */
    private void tenants() throws Exception {
        String platform = stack.passwordGrantToken("platform-admin", ThinFlowIT.PASSWORD);
        gateway.post("/api/identity/counties", platform, "{\"id\":\"qingshan\",\"name\":\"青山县\"}");
        String admin = adminToken();
        for (int s = 0; s < schools.size(); s++) {
            String name = SCHOOL.equals(schools.get(s)) ? "青山县实验小学" : "青山县压测学校" + s;
            String code = SCHOOL.equals(schools.get(s)) ? "3607010001" : "36070199%02d".formatted(s);
            gateway.post("/api/identity/counties/qingshan/schools", admin, """
                    {"id":"%s","code":"%s","name":"%s","stage":"小学"}""".formatted(schools.get(s), code, name));
        }
    }

    private String programme() throws Exception {
        String admin = adminToken();
        LocalDate today = LocalDate.now(SHANGHAI);
        var created = gateway.post("/api/plan/programmes", admin, """
                {"name":"截止高峰压测项目","periodStart":"%s","periodEnd":"%s","enrollmentCutoff":"%sT00:00:00+08:00"}""".formatted(
                        today.minusDays(1), today.plusDays(30), today.plusDays(2)));
        check(created.status() == 201, created);
        String id = created.text("id");
        var published = gateway.post("/api/plan/programmes/" + id + "/publish", admin, "");
        check(published.status() == 200, published);
        return id;
    }

    /**
     * The dashboard counts each teacher once per module, so the spike spreads over several modules of one programme:
     * every accepted essay is then a new (teacher, module) pair the dashboard must count, and its lag is measurable.
     */
    private void modules(String programme, int count) throws Exception {
        String admin = adminToken();
        var opens = Instant.now().minus(Duration.ofMinutes(1)).atZone(SHANGHAI).toOffsetDateTime();
        var due = Instant.now().plus(Duration.ofDays(1)).atZone(SHANGHAI).toOffsetDateTime();
        for (int i = 0; i < count; i++) {
            String body = """
                    {"programmeId":"%s","title":"压测板块%d","prompt":"撰写研修心得","maxPoints":20,"opensAt":"%s","dueAt":"%s"}""".formatted(programme, i + 1, opens, due);
            // the first waits for ProgrammePublished to reach assignment-service; 429s (5/s per user) are retried
            modules.add(Eventually.reply(SYNC, () -> gateway.post("/api/assignments/modules", admin, body), 201)
                    .text("id"));
        }
    }

    /** TeachersRostered batches as plan-service publishes them; identity creates the accounts asynchronously. */
    private void roster(int count) throws Exception {
        Map<String, List<RosterEvents.Teacher>> bySchool = new HashMap<>();
        for (int i = 0; i < count; i++) {
            var teacher = RosterEvents.Teacher.number(COUNTY, i);
            bySchool.computeIfAbsent(school(i), s -> new ArrayList<>()).add(teacher);
            teachers.add(COUNTY + "-" + teacher.key().substring(0, 10));
        }
        try (RosterEvents events = new RosterEvents(stack.kafkaBootstrapServers())) {
            for (var school : bySchool.entrySet()) {
                var roster = school.getValue();
                int batches = (roster.size() + ROSTER_BATCH - 1) / ROSTER_BATCH;
                for (int b = 0; b < batches; b++) {
                    var batch = roster.subList(b * ROSTER_BATCH, Math.min(roster.size(), (b + 1) * ROSTER_BATCH));
                    events.publish(
                            RosterEvents.newEventId(), COUNTY, school.getKey(), "bench-roster", b + 1, batches, batch);
                }
            }
        }
    }

    /**
     * Polls the school's teacher list; each account that has become active gets what its teacher does at first login
     * (choose a password, here set by the operator) and a token, on the Keycloak pool, while the rest are still made.
     */
    private void onboard(BenchReport report, long start) throws Exception {
        Map<String, Integer> index = new HashMap<>();
        teachers.forEach(t -> index.put(t, index.size()));
        BenchKeycloak keycloak = new BenchKeycloak(stack.keycloakUrl());
        ExecutorService pool = Executors.newFixedThreadPool(BenchKeycloak.THREADS);
        List<Future<?>> onboarded = new ArrayList<>();
        long deadline = System.nanoTime() + PROVISIONING.toNanos();
        String admin = adminToken();
        try {
            while (onboarded.size() < teachers.size()) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("only " + onboarded.size() + " teachers active in " + PROVISIONING);
                }
                List<tools.jackson.databind.JsonNode> listed = new ArrayList<>();
                for (String school : schools) {
                    var list = gateway.get("/api/identity/counties/qingshan/schools/" + school + "/teachers", admin);
                    admin = list.status() == 401 ? adminToken() : admin;
                    (list.status() == 200 ? list.json() : List.<tools.jackson.databind.JsonNode>of())
                            .forEach(listed::add);
                }
                for (var t : listed) {
                    Integer i = index.remove(t.path("username").asString());
                    if (i != null && "ACTIVE".equals(t.path("status").asString())) {
                        onboarded.add(pool.submit(() -> {
                            keycloak.choosePassword(teachers.get(i), PASSWORD);
                            tokenAt[i] = System.nanoTime();
                            tokens[i] = stack.passwordGrantToken(teachers.get(i), PASSWORD);
                            return null;
                        }));
                    } else if (i != null) {
                        index.put(teachers.get(i), i); // still pending: next round
                    }
                }
                Thread.sleep(onboarded.size() < teachers.size() ? 2000 : 0);
            }
            report.figure("setup: all teachers active", seconds(start), "s");
            for (Future<?> f : onboarded) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static void check(boolean ok, GatewayClient.Reply reply) {
        if (!ok) {
            throw new IllegalStateException("setup failed: " + reply);
        }
    }
}
