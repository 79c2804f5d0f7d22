package cn.wangben.devstack.e2e;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The people of the deadline spike who do not submit: officials (教育局, OFFICIAL, granted 青山县) who watch the county
 * dashboard, and county graders (研培员, COUNTY_GRADER) registered through identity and allocated one school each by
 * the county admin, as the county does before a cutoff.
 */
final class SpikeStaff {
    private static final Duration SYNC = Duration.ofSeconds(30);
    /** Keycloak's access tokens live five minutes; a fresh one is taken well before. */
    private static final Duration TOKEN_REUSE = Duration.ofMinutes(3);

    /** One person with a token kept fresh. */
    static final class Person {
        final String username;
        final String school;
        private final BenchWorld world;
        private String token;
        private long tokenAt;

        private Person(BenchWorld world, String username, String school) {
            this.world = world;
            this.username = username;
            this.school = school;
        }

        synchronized String token() {
            if (token == null || System.nanoTime() - tokenAt > TOKEN_REUSE.toNanos()) {
                token = world.stack.passwordGrantToken(username, BenchWorld.PASSWORD);
                tokenAt = System.nanoTime();
            }
            return token;
        }
    }

    final List<Person> officials = new ArrayList<>();
    final List<Person> graders = new ArrayList<>();

    private SpikeStaff() {}

    static SpikeStaff hire(BenchWorld world, int officials, int graders) throws Exception {
        SpikeStaff staff = new SpikeStaff();
        BenchKeycloak keycloak = new BenchKeycloak(world.stack.keycloakUrl());
        String admin = world.adminToken();
        for (int i = 0; i < officials; i++) {
            String username = "qs-bench-official-" + i;
            keycloak.createOfficial(username, BenchWorld.PASSWORD, BenchWorld.COUNTY);
            staff.officials.add(new Person(world, username, null));
        }
        for (int i = 0; i < graders; i++) {
            String username = "qs-bench-grader-" + i;
            String school = world.schools.get(i % world.schools.size());
            var made = world.gateway.post(
                    "/api/identity/counties/" + BenchWorld.COUNTY + "/graders", admin, """
                    {"username":"%s","name":"压测研培员%d"}""".formatted(username, i));
            check(made.status() == 201, made);
            keycloak.choosePassword(username, BenchWorld.PASSWORD);
            String allocation = "{\"moduleIds\":[],\"schoolIds\":[\"" + school + "\"]}";
            Eventually.reply(
                    SYNC,
                    () -> world.gateway.put("/api/assignments/grading/allocations/" + username, admin, allocation),
                    200);
            staff.graders.add(new Person(world, username, school));
        }
        List<Person> everyone = new ArrayList<>(staff.officials);
        everyone.addAll(staff.graders);
        BenchKeycloak.parallel(
                java.util.stream.IntStream.range(0, everyone.size()).boxed().toList(),
                i -> everyone.get(i).token());
        return staff;
    }

    private static void check(boolean ok, GatewayClient.Reply reply) {
        if (!ok) {
            throw new IllegalStateException("setup failed: " + reply);
        }
    }
}
