package cn.wangben.identity.tenancy;

import cn.wangben.contracts.identity.CountyRegistered;
import cn.wangben.contracts.identity.SchoolRegistered;
import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.EventId;
import cn.wangben.contracts.ids.SchoolId;
import cn.wangben.platform.domain.Caller;
import cn.wangben.platform.domain.DomainException;
import cn.wangben.platform.domain.DomainException.Violation;
import cn.wangben.platform.domain.Role;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Provisioning of tenants: the platform admin registers a county with its first admin; the county registers its schools
 * and their admins, and its graders. Keycloak first, then our record: every Keycloak step is repeatable, so a failure in
 * between is healed by simply trying again.
 */
public class TenancyDesk {
    private static final int MAX_NAME = 60;

    private final Tenancy tenancy;
    private final AccountDirectory directory;
    private final InitialPasswords passwords;
    private final Clock clock;

    public TenancyDesk(Tenancy tenancy, AccountDirectory directory, InitialPasswords passwords, Clock clock) {
        this.tenancy = tenancy;
        this.directory = directory;
        this.passwords = passwords;
        this.clock = clock;
    }

    public record Registered(County county, Credentials admin) {}

    public Registered registerCounty(Caller caller, String id, String name, Person admin) {
        caller.requireAnyRole(Role.PLATFORM_ADMIN);
        CountyId county = TenancyRules.countyId(id);
        String countyName = TenancyRules.name(name, "name", "县（区）名称", MAX_NAME);
        if (tenancy.county(county).isPresent()) {
            throw DomainException.conflict("county-exists", "县（区）编号「" + county.value() + "」已存在");
        }
        String organization = directory.ensureOrganization(county, countyName);
        // the county is not registered yet, so an account of it can only be ours from an interrupted earlier attempt;
        // no admin is allowed for a county whose admins already exist in Keycloak (adopted into the platform)
        Credentials credentials =
                admin == null ? null : account(organization, admin, Role.COUNTY_ADMIN, county, null, caller, true);
        Instant now = clock.instant();
        County registered = new County(
                county,
                countyName,
                organization,
                credentials == null ? null : credentials.username(),
                now,
                caller.username());
        tenancy.register(
                registered, new CountyRegistered(EventId.random(), county, now, countyName, caller.username()));
        return new Registered(registered, credentials);
    }

    public List<County> counties(Caller caller) {
        if (caller.has(Role.PLATFORM_ADMIN)) {
            return tenancy.counties();
        }
        return tenancy.counties().stream().filter(c -> mayRead(caller, c.id())).toList();
    }

    public School registerSchool(Caller caller, CountyId county, String id, String code, String name, String stage) {
        County owner = ownCounty(caller, county);
        List<Violation> problems = new ArrayList<>();
        SchoolId school = TenancyRules.schoolId(id, problems);
        String schoolCode = TenancyRules.code(code, problems);
        String schoolName = TenancyRules.name(name, "name", "学校名称", MAX_NAME, problems);
        SchoolStage schoolStage = SchoolStage.parse(stage).orElse(null);
        if (schoolStage == null) {
            problems.add(new Violation("stage", "学段须为：幼儿园、小学、初中、高中、九年一贯制"));
        }
        Person.throwIfAny("invalid-school", problems);
        Instant now = clock.instant();
        School registered = new School(owner.id(), school, schoolCode, schoolName, schoolStage, now, caller.username());
        tenancy.register(
                registered,
                new SchoolRegistered(
                        EventId.random(),
                        owner.id(),
                        now,
                        school,
                        schoolCode,
                        schoolName,
                        schoolStage.label(),
                        caller.username()));
        return registered;
    }

    public List<School> schools(Caller caller, CountyId county) {
        if (caller.has(Role.SCHOOL_ADMIN) && county.equals(caller.county())) {
            return tenancy.schools(county).stream()
                    .filter(s -> s.id().equals(caller.school()))
                    .toList();
        }
        if (!mayRead(caller, county)) {
            throw DomainException.notFound("县（区）", county.value());
        }
        return tenancy.schools(county);
    }

    public Credentials createSchoolAdmin(Caller caller, CountyId county, SchoolId school, Person admin) {
        County owner = ownCounty(caller, county);
        tenancy.school(county, school).orElseThrow(() -> DomainException.notFound("学校", school.value()));
        return account(owner.organizationId(), admin, Role.SCHOOL_ADMIN, county, school, caller, false);
    }

    public Credentials createGrader(Caller caller, CountyId county, Person grader) {
        County owner = ownCounty(caller, county);
        return account(owner.organizationId(), grader, Role.COUNTY_GRADER, county, null, caller, false);
    }

    /**
     * Disables or re-enables an account of the caller's county (a school admin: only teachers of their school). An
     * account of another county is "not found", never touched.
     */
    public void setEnabled(Caller caller, CountyId county, String username, Boolean enabled) {
        caller.requireAnyRole(Role.COUNTY_ADMIN, Role.SCHOOL_ADMIN);
        if (!county.equals(caller.county())) {
            throw DomainException.notFound("县（区）", county.value());
        }
        if (enabled == null) {
            throw DomainException.ruleViolated("invalid-request", "enabled", "请说明启用（true）还是停用（false）");
        }
        AccountDirectory.Account account = directory
                .find(username)
                .filter(a -> county.value().equals(a.county()))
                .filter(a -> !caller.has(Role.SCHOOL_ADMIN)
                        || caller.has(Role.COUNTY_ADMIN)
                        || (caller.school() != null && caller.school().value().equals(a.school())))
                .orElseThrow(() -> DomainException.notFound("账号", username));
        if (account.id().equals(caller.userId())) {
            throw DomainException.conflict("own-account", "不能停用自己的账号");
        }
        directory.setEnabled(account.id(), enabled);
    }

    private Credentials account(
            String organization,
            Person person,
            Role role,
            CountyId county,
            SchoolId school,
            Caller caller,
            boolean adoptOwnLeftover) {
        List<Violation> problems = new ArrayList<>();
        Person valid = Person.validated(
                person == null ? null : person.username(),
                person == null ? null : person.name(),
                person == null ? null : person.email(),
                "admin",
                problems);
        Person.throwIfAny("invalid-account", problems);
        String password = passwords.next();
        AccountDirectory.Provisioned provisioned = directory.create(
                organization,
                new NewAccount(
                        valid.username(), valid.name(), valid.email(), role, county, school, password, Map.of()));
        if (!provisioned.created() && adoptOwnLeftover && sameCounty(valid.username(), county)) {
            directory.resetTemporaryPassword(provisioned.accountId(), password);
        } else if (!provisioned.created()) {
            throw DomainException.conflict("username-taken", "用户名「" + valid.username() + "」已被使用，请换一个");
        }
        tenancy.recordAccount(
                county,
                school,
                valid.username(),
                role.name(),
                provisioned.accountId(),
                caller.username(),
                clock.instant());
        return new Credentials(valid.username(), password);
    }

    private boolean sameCounty(String username, CountyId county) {
        return directory
                .find(username)
                .map(a -> county.value().equals(a.county()))
                .orElse(false);
    }

    private County ownCounty(Caller caller, CountyId county) {
        caller.requireAnyRole(Role.COUNTY_ADMIN);
        if (!county.equals(caller.county())) {
            throw DomainException.notFound("县（区）", county.value());
        }
        return tenancy.county(county).orElseThrow(() -> DomainException.notFound("县（区）", county.value()));
    }

    private static boolean mayRead(Caller caller, CountyId county) {
        return caller.has(Role.PLATFORM_ADMIN) || caller.mayWatchCounty(county);
    }
}
