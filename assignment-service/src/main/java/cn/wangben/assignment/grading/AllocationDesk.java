package cn.wangben.assignment.grading;

import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.ModuleId;
import cn.wangben.contracts.ids.SchoolId;
import cn.wangben.platform.domain.Caller;
import cn.wangben.platform.domain.DomainException;
import cn.wangben.platform.domain.DomainException.Violation;
import cn.wangben.platform.domain.Role;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** The county decides who grades what: graders by username, to modules and/or schools of the county. */
public class AllocationDesk {
    /** Keycloak usernames as the realm allows them. */
    static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{1,64}");

    static final int MAX_ENTRIES = 500;
    static final String CODE = "invalid-allocation";
    private final Allocations allocations;
    private final GradingModules modules;
    private final Clock clock;

    public AllocationDesk(Allocations allocations, GradingModules modules, Clock clock) {
        this.allocations = allocations;
        this.modules = modules;
        this.clock = clock;
    }

    /** Replaces the grader's allocation; empty lists withdraw it. All faults are reported at once. */
    public Allocation allocate(Caller caller, String grader, List<String> moduleIds, List<String> schoolIds) {
        caller.requireAnyRole(Role.COUNTY_ADMIN);
        CountyId county = caller.requireCounty();
        List<Violation> violations = new ArrayList<>();
        if (grader == null || !USERNAME.matcher(grader).matches()) {
            violations.add(new Violation("grader", "评阅人账号须为 1–64 位字母、数字或 . _ @ -"));
        }
        Set<ModuleId> allocatedModules = new LinkedHashSet<>();
        List<String> rawModules = moduleIds == null ? List.of() : moduleIds;
        for (int i = 0; i < rawModules.size(); i++) {
            String field = "moduleIds[" + i + "]";
            try {
                ModuleId id = ModuleId.of(rawModules.get(i));
                if (modules.find(county, id).isEmpty()) {
                    violations.add(new Violation(field, "研修板块「" + id + "」不存在"));
                }
                allocatedModules.add(id);
            } catch (IllegalArgumentException e) {
                violations.add(new Violation(field, "研修板块编号格式不正确"));
            }
        }
        Set<SchoolId> allocatedSchools = new LinkedHashSet<>();
        List<String> rawSchools = schoolIds == null ? List.of() : schoolIds;
        for (int i = 0; i < rawSchools.size(); i++) {
            try {
                allocatedSchools.add(SchoolId.of(rawSchools.get(i)));
            } catch (IllegalArgumentException e) {
                violations.add(new Violation("schoolIds[" + i + "]", "学校编号格式不正确"));
            }
        }
        if (rawModules.size() > MAX_ENTRIES || rawSchools.size() > MAX_ENTRIES) {
            violations.add(new Violation("moduleIds", "每位评阅人最多分配 " + MAX_ENTRIES + " 个板块和 " + MAX_ENTRIES + " 所学校"));
        }
        if (!violations.isEmpty()) {
            throw DomainException.ruleViolated(CODE, violations);
        }
        Allocation allocation = new Allocation(
                county, grader, allocatedModules, allocatedSchools, GradingDesk.actor(caller), clock.instant());
        allocations.save(allocation);
        return allocation;
    }

    public List<Allocation> ofCounty(Caller caller) {
        caller.requireAnyRole(Role.COUNTY_ADMIN);
        return allocations.ofCounty(caller.requireCounty());
    }

    /** A grader's own allocation; an empty one if the county has not allocated anything yet. */
    public Allocation mine(Caller caller) {
        caller.requireAnyRole(Role.COUNTY_GRADER);
        CountyId county = caller.requireCounty();
        String grader = GradingDesk.actor(caller);
        return allocations
                .find(county, grader)
                .orElseGet(() -> new Allocation(county, grader, Set.of(), Set.of(), null, null));
    }
}
