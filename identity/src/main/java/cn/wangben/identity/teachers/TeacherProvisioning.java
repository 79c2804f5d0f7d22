package cn.wangben.identity.teachers;

import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.plan.RosteredTeacher;
import cn.wangben.contracts.plan.TeachersRostered;
import cn.wangben.identity.tenancy.AccountDirectory;
import cn.wangben.identity.tenancy.County;
import cn.wangben.identity.tenancy.InitialPasswords;
import cn.wangben.identity.tenancy.NewAccount;
import cn.wangben.identity.tenancy.Tenancy;
import cn.wangben.platform.domain.Role;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Teacher accounts from roster batches. Each teacher goes pending (our record, with the sealed one-time password) →
 * created in Keycloak → active; every step is repeatable, so a redelivered or replayed batch, or one interrupted half
 * way, ends with exactly one account per teacher and the password on the slip being the one that works.
 */
public class TeacherProvisioning {
    private static final Logger log = Logger.getLogger(TeacherProvisioning.class.getName());
    static final String TEACHER_KEY_ATTRIBUTE = "teacher_key";

    private final TeacherAccounts accounts;
    private final AccountDirectory directory;
    private final Tenancy tenancy;
    private final InitialPasswords passwords;
    private final PasswordSeal seal;
    private final ExecutorService workers;
    private final Clock clock;

    public TeacherProvisioning(
            TeacherAccounts accounts,
            AccountDirectory directory,
            Tenancy tenancy,
            InitialPasswords passwords,
            PasswordSeal seal,
            ExecutorService workers,
            Clock clock) {
        this.accounts = accounts;
        this.directory = directory;
        this.tenancy = tenancy;
        this.passwords = passwords;
        this.seal = seal;
        this.workers = workers;
        this.clock = clock;
    }

    public record Outcome(int created, int alreadyThere) {}

    /** Provisions a batch; Keycloak calls run on a few workers because each costs a password hash on the server. */
    public Outcome provision(TeachersRostered batch) {
        String organization = tenancy.county(batch.countyId())
                .map(County::organizationId)
                .orElseGet(() -> directory.ensureOrganization(
                        batch.countyId(), batch.countyId().value()));
        List<Future<Boolean>> results = new ArrayList<>();
        for (RosteredTeacher teacher : batch.teachers()) {
            results.add(workers.submit(() -> provision(batch, teacher, organization)));
        }
        int created = 0;
        for (Future<Boolean> result : results) {
            created += await(result) ? 1 : 0;
        }
        return new Outcome(created, results.size() - created);
    }

    private boolean provision(TeachersRostered batch, RosteredTeacher teacher, String organization) {
        CountyId county = batch.countyId();
        TeacherAccount account = accounts.find(county, teacher.teacherKey()).orElse(null);
        if (account == null) {
            account = new TeacherAccount(
                    county,
                    batch.schoolId(),
                    teacher.teacherKey(),
                    teacher.name(),
                    TeacherUsernames.of(county, teacher.teacherKey()),
                    null,
                    seal.seal(passwords.next()),
                    clock.instant(),
                    batch.rosterId());
            if (!accounts.insertPending(account)) {
                account = accounts.find(county, teacher.teacherKey()).orElseThrow();
            }
        }
        if (!account.pending()) {
            return false;
        }
        String password = seal.open(account.sealedPassword());
        AccountDirectory.Provisioned provisioned = directory.create(
                organization,
                new NewAccount(
                        account.username(),
                        account.name(),
                        null,
                        Role.TEACHER,
                        county,
                        account.school(),
                        password,
                        Map.of(TEACHER_KEY_ATTRIBUTE, teacher.teacherKey())));
        if (!provisioned.created()) {
            boolean same = directory
                    .find(account.username())
                    .map(a -> teacher.teacherKey().equals(a.teacherKey()))
                    .orElse(false);
            if (!same) {
                // two teachers of one county share the first 40 bits of their key: leave it for an operator
                log.log(Level.SEVERE, "Username clash in county {0}; teacher left pending", county.value());
                return false;
            }
            // created before a crash: the password on our record is the one the slip will show
            directory.resetTemporaryPassword(provisioned.accountId(), password);
        }
        accounts.activate(county, teacher.teacherKey(), provisioned.accountId());
        return true;
    }

    private static boolean await(Future<Boolean> result) {
        try {
            return result.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while provisioning teachers", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
