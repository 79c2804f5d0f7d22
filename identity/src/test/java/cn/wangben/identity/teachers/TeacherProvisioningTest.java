package cn.wangben.identity.teachers;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wangben.contracts.DomainEvent;
import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.EventId;
import cn.wangben.contracts.ids.ProgrammeId;
import cn.wangben.contracts.ids.SchoolId;
import cn.wangben.contracts.plan.RosteredTeacher;
import cn.wangben.contracts.plan.TeachersRostered;
import cn.wangben.identity.tenancy.County;
import cn.wangben.identity.tenancy.InMemoryDirectory;
import cn.wangben.identity.tenancy.InitialPasswords;
import cn.wangben.identity.tenancy.NewAccount;
import cn.wangben.identity.tenancy.School;
import cn.wangben.identity.tenancy.Tenancy;
import cn.wangben.platform.domain.Caller;
import cn.wangben.platform.domain.Role;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TeacherProvisioningTest {
    static final CountyId COUNTY = CountyId.of("qingshan");
    static final SchoolId SCHOOL = SchoolId.of("qs-shiyan");
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-10T02:00:00Z"), ZoneOffset.UTC);

    final InMemoryTeacherAccounts accounts = new InMemoryTeacherAccounts();
    final InMemoryDirectory directory = new InMemoryDirectory();
    final PasswordSeal seal = new PasswordSeal("0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII));
    final ExecutorService workers = Executors.newFixedThreadPool(4);
    final TeacherProvisioning provisioning = new TeacherProvisioning(
            accounts, directory, new NoCounties(), new InitialPasswords(), seal, workers, CLOCK);

    @AfterEach
    void stop() {
        workers.shutdownNow();
    }

    @Test
    void aThousandTeachersGetOneAccountEachAndAReplayCreatesNothing() {
        List<RosteredTeacher> teachers = teachers(1000);
        TeachersRostered first = batch("r1", 1, 2, teachers.subList(0, 500));
        TeachersRostered second = batch("r1", 2, 2, teachers.subList(500, 1000));

        assertThat(provisioning.provision(first).created()).isEqualTo(500);
        assertThat(provisioning.provision(second).created()).isEqualTo(500);
        TeacherProvisioning.Outcome replay = provisioning.provision(batch("r2", 1, 1, teachers.subList(0, 500)));

        assertThat(replay.created()).isZero();
        assertThat(replay.alreadyThere()).isEqualTo(500);
        assertThat(directory.creates.get()).isEqualTo(1000);
        assertThat(accounts.ofSchool(COUNTY, SCHOOL)).hasSize(1000).noneMatch(TeacherAccount::pending);
        NewAccount made = directory.accounts.values().iterator().next();
        assertThat(made.role()).isEqualTo(Role.TEACHER);
        assertThat(made.school()).isEqualTo(SCHOOL);
        assertThat(made.attributes()).containsKey("teacher_key");
    }

    @Test
    void anAccountCreatedJustBeforeACrashIsAdoptedAndTheSlipPasswordIsTheOneThatWorks() {
        RosteredTeacher teacher = teachers(1).get(0);
        String username = TeacherUsernames.of(COUNTY, teacher.teacherKey());
        accounts.insertPending(new TeacherAccount(
                COUNTY,
                SCHOOL,
                teacher.teacherKey(),
                teacher.name(),
                username,
                null,
                seal.seal("Slip#2026ab"),
                CLOCK.instant(),
                "r1"));
        directory.create(
                "org",
                new NewAccount(
                        username,
                        teacher.name(),
                        null,
                        Role.TEACHER,
                        COUNTY,
                        SCHOOL,
                        "Other#2026ab",
                        Map.of("teacher_key", teacher.teacherKey())));

        provisioning.provision(batch("r1", 1, 1, List.of(teacher)));

        TeacherAccount account = accounts.find(COUNTY, teacher.teacherKey()).orElseThrow();
        assertThat(account.pending()).isFalse();
        assertThat(directory.creates.get()).isEqualTo(1);
        assertThat(directory.passwords.get(account.accountId())).isEqualTo("Slip#2026ab");
    }

    @Test
    void aUsernameHeldByAnotherTeacherIsNeverTakenOver() {
        RosteredTeacher teacher = teachers(1).get(0);
        String username = TeacherUsernames.of(COUNTY, teacher.teacherKey());
        directory.create(
                "org",
                new NewAccount(
                        username,
                        "别人",
                        null,
                        Role.TEACHER,
                        COUNTY,
                        SCHOOL,
                        "Other#2026ab",
                        Map.of("teacher_key", "f".repeat(64))));

        provisioning.provision(batch("r1", 1, 1, List.of(teacher)));

        assertThat(accounts.find(COUNTY, teacher.teacherKey()).orElseThrow().pending())
                .isTrue();
        assertThat(directory.passwords.values()).containsExactly("Other#2026ab");
    }

    @Test
    void eachOneTimePasswordIsHandedOutOnceAndOnlyToTheSchool() {
        provisioning.provision(batch("r1", 1, 1, teachers(3)));
        SlipDesk desk = new SlipDesk(accounts, seal);
        Caller schoolAdmin = new Caller("u1", "admin", COUNTY, SCHOOL, Set.of(Role.SCHOOL_ADMIN), Set.of());
        Caller otherSchool =
                new Caller("u2", "other", COUNTY, SchoolId.of("qs-youer"), Set.of(Role.SCHOOL_ADMIN), Set.of());

        List<SlipDesk.Slip> slips = desk.takeSlips(schoolAdmin, COUNTY, SCHOOL);

        assertThat(slips).hasSize(3);
        assertThat(slips).allSatisfy(s -> assertThat(directory.passwords).containsValue(s.initialPassword()));
        assertThat(desk.takeSlips(schoolAdmin, COUNTY, SCHOOL)).isEmpty();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> desk.takeSlips(otherSchool, COUNTY, SCHOOL))
                .hasMessageContaining("未找到学校");
    }

    static List<RosteredTeacher> teachers(int n) {
        List<RosteredTeacher> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String key = sha256("teacher-" + i);
            list.add(new RosteredTeacher(key, "教师" + i, null, null, null, null, null, "3607**********001X"));
        }
        return list;
    }

    static String sha256(String text) {
        try {
            return java.util.HexFormat.of()
                    .formatHex(java.security.MessageDigest.getInstance("SHA-256")
                            .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static TeachersRostered batch(String roster, int batch, int batches, List<RosteredTeacher> teachers) {
        return new TeachersRostered(
                EventId.random(),
                COUNTY,
                CLOCK.instant(),
                roster,
                ProgrammeId.of("p1"),
                SCHOOL,
                batch,
                batches,
                teachers);
    }

    /** Counties not registered with identity (the demo counties of the realm import): the organization is ensured. */
    static final class NoCounties implements Tenancy {
        public Optional<County> county(CountyId id) {
            return Optional.empty();
        }

        public List<County> counties() {
            return List.of();
        }

        public void register(County county, DomainEvent registered) {}

        public Optional<School> school(CountyId county, SchoolId id) {
            return Optional.empty();
        }

        public List<School> schools(CountyId county) {
            return List.of();
        }

        public void register(School school, DomainEvent registered) {}

        public void recordAccount(
                CountyId c, SchoolId s, String username, String role, String accountId, String by, Instant at) {}
    }
}
