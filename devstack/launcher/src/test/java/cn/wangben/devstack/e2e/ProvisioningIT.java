package cn.wangben.devstack.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wangben.devstack.Devstack;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Tenant provisioning against the real Keycloak: a county (organization + admin), a school, its admin, and 1,000
 * teacher accounts from roster events, with replays that create nothing twice, one-time passwords, and a disable
 * that stays inside its county.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ProvisioningIT {
    static final int TEACHERS = 1000;
    static final int BATCH = 500;
    static final Duration PROVISIONING_PATIENCE = Duration.ofMinutes(4);
    static final String CHOSEN = "Chosen#2026a";

    static Devstack stack;
    static GatewayClient gateway;
    static KeycloakAdmin keycloak;
    static String county;
    static String school;
    static String countyAdminPassword;
    static String schoolAdminPassword;
    static List<RosterEvents.Teacher> teachers = new ArrayList<>();

    @BeforeAll
    static void platform() throws Exception {
        stack = SharedPlatform.get();
        gateway = new GatewayClient(stack.gatewayUrl());
        keycloak = new KeycloakAdmin(stack.keycloakUrl());
        county = "e2e-" + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 20), 36);
        school = county + "-s1";
        for (int i = 0; i < TEACHERS; i++) {
            teachers.add(RosterEvents.Teacher.number(county, i));
        }
    }

    @Test
    @Order(1)
    void platformAdminRegistersACountyAsAnOrganizationWithItsAdmin() throws Exception {
        var created = gateway.post(
                "/api/identity/counties", token("platform-admin", ThinFlowIT.PASSWORD), """
                {"id":"%s","name":"测试县","admin":{"username":"%s-admin","name":"赵测试"}}""".formatted(county, county));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        countyAdminPassword =
                created.json().path("admin").path("initialPassword").asString();

        assertThat(keycloak.organization(county).path("id").asString()).isNotBlank();
        assertThat(keycloak.user(county + "-admin")
                        .path("attributes")
                        .path("county")
                        .path(0)
                        .asString())
                .isEqualTo(county);
        // the initial password works, and only to be changed: Keycloak insists on a new one first
        assertThat(keycloak.tryLogin(county + "-admin", countyAdminPassword)).isEqualTo("Account is not fully set up");
        assertThat(keycloak.tryLogin(county + "-admin", "Wrong#2026x")).isEqualTo("Invalid user credentials");

        var again = gateway.post(
                "/api/identity/counties",
                token("platform-admin", ThinFlowIT.PASSWORD),
                "{\"id\":\"%s\",\"name\":\"测试县\"}".formatted(county));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.isProblem()).isTrue();
    }

    @Test
    @Order(2)
    void countyAdminRegistersASchoolAndItsAdmin() throws Exception {
        keycloak.choosePassword(county + "-admin", CHOSEN);
        String admin = token(county + "-admin", CHOSEN);
        var registered = gateway.post(
                "/api/identity/counties/" + county + "/schools",
                admin,
                "{\"id\":\"%s\",\"code\":\"3699990001\",\"name\":\"测试县实验小学\",\"stage\":\"小学\"}".formatted(school));
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);

        var badStage = gateway.post(
                "/api/identity/counties/" + county + "/schools",
                admin,
                "{\"id\":\"%s-x\",\"code\":\"3699990002\",\"name\":\"某校\",\"stage\":\"大学\"}".formatted(county));
        assertThat(badStage.status()).isEqualTo(422);
        assertThat(badStage.text("detail")).contains("学段");

        var schoolAdmin = gateway.post(
                "/api/identity/counties/" + county + "/schools/" + school + "/admins",
                admin,
                "{\"username\":\"%s-s1-admin\",\"name\":\"钱校长\"}".formatted(county));
        assertThat(schoolAdmin.status()).as(schoolAdmin.toString()).isEqualTo(201);
        schoolAdminPassword = schoolAdmin.json().path("initialPassword").asString();
        assertThat(schoolAdminPassword).isNotEqualTo(countyAdminPassword);

        var foreign = gateway.post(
                "/api/identity/counties/qingshan/schools",
                admin,
                "{\"id\":\"intruder\",\"code\":\"1\",\"name\":\"某校\",\"stage\":\"小学\"}");
        assertThat(foreign.status()).isEqualTo(404);
    }

    @Test
    @Order(3)
    void aThousandTeachersFromRosterEventsGetOneAccountEachEvenWhenReplayed() throws Exception {
        String first = RosterEvents.newEventId();
        String second = RosterEvents.newEventId();
        try (RosterEvents events = new RosterEvents(stack.kafkaBootstrapServers())) {
            events.publish(first, county, school, "roster-1", 1, 2, teachers.subList(0, BATCH));
            events.publish(second, county, school, "roster-1", 2, 2, teachers.subList(BATCH, TEACHERS));
            awaitActiveTeachers(TEACHERS);

            // the same records again, and the same teachers under new event ids (a re-import)
            events.publish(first, county, school, "roster-1", 1, 2, teachers.subList(0, BATCH));
            events.publish(RosterEvents.newEventId(), county, school, "roster-2", 1, 2, teachers.subList(0, BATCH));
            events.publish(
                    RosterEvents.newEventId(), county, school, "roster-2", 2, 2, teachers.subList(BATCH, TEACHERS));
            // a sentinel behind the replays on the same partition: once it exists, the replays were handled
            RosterEvents.Teacher sentinel = RosterEvents.Teacher.number(county, TEACHERS);
            events.publish(RosterEvents.newEventId(), county, school, "roster-3", 1, 1, List.of(sentinel));
            awaitActiveTeachers(TEACHERS + 1);
        }
        assertThat(keycloak.usersWithAttribute("county", county)).isEqualTo(TEACHERS + 1 + 2);
        assertThat(keycloak.members(keycloak.organization(county).path("id").asString()))
                .isEqualTo(TEACHERS + 1 + 2);
    }

    @Test
    @Order(4)
    void theSchoolAdminTakesEachOneTimePasswordExactlyOnceAndItWorksOnlyToBeChanged() throws Exception {
        keycloak.choosePassword(county + "-s1-admin", CHOSEN);
        String admin = token(county + "-s1-admin", CHOSEN);
        String path = "/api/identity/counties/" + county + "/schools/" + school + "/credential-slips";

        var slips = gateway.post(path, admin, "");
        assertThat(slips.status()).as(slips.toString()).isEqualTo(200);
        assertThat(slips.json().size()).isEqualTo(TEACHERS + 1);
        var one = slips.json().path(0);
        assertThat(keycloak.tryLogin(
                        one.path("username").asString(),
                        one.path("initialPassword").asString()))
                .isEqualTo("Account is not fully set up");
        assertThat(gateway.post(path, admin, "").json().size()).isZero();

        var otherSchool = gateway.post("/api/identity/counties/qingshan/schools/qs-shiyan/credential-slips", admin, "");
        assertThat(otherSchool.status()).isEqualTo(404);
    }

    @Test
    @Order(5)
    void disablingATeacherStaysInsideItsCounty() throws Exception {
        String teacher = county + "-" + teachers.get(0).key().substring(0, 10);
        var fromQingshan = gateway.put(
                "/api/identity/counties/qingshan/accounts/" + teacher + "/enabled",
                token("qs-county-admin", ThinFlowIT.PASSWORD),
                "{\"enabled\":false}");
        assertThat(fromQingshan.status()).isEqualTo(404);
        assertThat(keycloak.user(teacher).path("enabled").asBoolean()).isTrue();

        var intoQingshan = gateway.put(
                "/api/identity/counties/" + county + "/accounts/qs-teacher-liwen/enabled",
                token(county + "-admin", CHOSEN),
                "{\"enabled\":false}");
        assertThat(intoQingshan.status()).isEqualTo(404);
        assertThat(keycloak.user("qs-teacher-liwen").path("enabled").asBoolean())
                .isTrue();

        var own = gateway.put(
                "/api/identity/counties/" + county + "/accounts/" + teacher + "/enabled",
                token(county + "-admin", CHOSEN),
                "{\"enabled\":false}");
        assertThat(own.status()).as(own.toString()).isEqualTo(200);
        assertThat(keycloak.user(teacher).path("enabled").asBoolean()).isFalse();
    }

    private static void awaitActiveTeachers(int expected) throws Exception {
        String admin = token(county + "-admin", CHOSEN);
        Eventually.reply(
                PROVISIONING_PATIENCE,
                Duration.ofSeconds(2),
                () -> gateway.get("/api/identity/counties/" + county + "/schools/" + school + "/teachers", admin),
                200,
                reply -> {
                    int active = 0;
                    for (var t : reply.json()) {
                        active += "ACTIVE".equals(t.path("status").asString()) ? 1 : 0;
                    }
                    return active >= expected;
                });
        var list = gateway.get("/api/identity/counties/" + county + "/schools/" + school + "/teachers", admin);
        assertThat(list.json().size()).isEqualTo(expected);
    }

    private static String token(String username, String password) {
        return stack.passwordGrantToken(username, password);
    }
}
