package cn.wangben.assignment.grading;

import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.ModuleId;
import cn.wangben.contracts.ids.SchoolId;
import cn.wangben.contracts.ids.TeacherId;
import cn.wangben.platform.domain.Caller;
import cn.wangben.platform.domain.DomainException;
import cn.wangben.platform.domain.Role;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The grader's work: the queue of a module, one essay with its text, the grade. A county admin sees and may grade
 * the whole county; a grader only what the county allocated to them. Another county's modules do not exist (404); a
 * module of the caller's county outside their allocation is refused (403).
 */
public class GradingDesk {
    private final GradingItems items;
    private final GradingModules modules;
    private final Allocations allocations;
    private final EssayTexts texts;
    private final GradingSettings settings;
    private final Clock clock;

    public GradingDesk(
            GradingItems items,
            GradingModules modules,
            Allocations allocations,
            EssayTexts texts,
            GradingSettings settings,
            Clock clock) {
        this.items = items;
        this.modules = modules;
        this.allocations = allocations;
        this.texts = texts;
        this.settings = settings;
        this.clock = clock;
    }

    public QueuePage queue(Caller caller, ModuleId moduleId, QueueFilter filter) {
        GradingModule module = module(caller, moduleId);
        Reach reach = reach(caller, module);
        int size = filter.size() == null ? settings.defaultPageSize() : filter.size();
        if (size < 1 || size > settings.maxPageSize()) {
            throw DomainException.ruleViolated("invalid-page", "size", "每页条数须在 1 到 " + settings.maxPageSize() + " 之间");
        }
        return items.page(new QueueQuery(
                module.county(),
                module.id(),
                filter.status(),
                filter.flagged(),
                reach.narrowTo(filter.school()),
                filter.after(),
                size));
    }

    public QueueSummary summary(Caller caller, ModuleId moduleId) {
        GradingModule module = module(caller, moduleId);
        Reach reach = reach(caller, module);
        return items.summary(module.county(), module.id(), reach.narrowTo(null), module.released());
    }

    /** The first ungraded essay in queue order, opened; empty when none is left. */
    public Optional<ItemDetail> nextUngraded(Caller caller, ModuleId moduleId, SchoolId school, Boolean flagged) {
        QueuePage page = queue(caller, moduleId, new QueueFilter(ItemStatus.UNGRADED, flagged, school, null, 1));
        return page.items().stream().findFirst().map(row -> item(caller, moduleId, row.teacher()));
    }

    public ItemDetail item(Caller caller, ModuleId moduleId, TeacherId teacher) {
        GradingModule module = module(caller, moduleId);
        GradingItem item = visibleItem(caller, module, teacher);
        String text = item.attempt() == null
                ? null
                : texts.textOf(module.county(), item.attempt().submission()).orElse(null);
        return new ItemDetail(item, module, text);
    }

    /** Grades (or re-grades) the teacher's current attempt; the grade and its event are one write. */
    public GradingItem grade(Caller caller, ModuleId moduleId, TeacherId teacher, GradeRequest request) {
        GradingModule module = module(caller, moduleId);
        GradingItem item = visibleItem(caller, module, teacher);
        Optional<GradingItem.Graded> graded =
                item.grade(request, module.bands(), settings, actor(caller), clock.instant(), module.released());
        graded.ifPresent(g -> items.update(g.item(), List.of(g.event())));
        return graded.map(GradingItem.Graded::item).orElse(item);
    }

    /** Who acts, as audits and events name them: the username the county allocates by. */
    static String actor(Caller caller) {
        return caller.username() == null ? caller.userId() : caller.username();
    }

    private GradingModule module(Caller caller, ModuleId moduleId) {
        caller.requireAnyRole(Role.COUNTY_ADMIN, Role.COUNTY_GRADER);
        CountyId county = caller.requireCounty();
        return modules.find(county, moduleId).orElseThrow(() -> DomainException.notFound("研修板块", moduleId));
    }

    private GradingItem visibleItem(Caller caller, GradingModule module, TeacherId teacher) {
        Reach reach = reach(caller, module);
        GradingItem item = items.find(module.county(), module.id(), teacher)
                .orElseThrow(() -> DomainException.notFound("该教师在本板块的作业", teacher));
        if (!reach.covers(item.school())) {
            throw DomainException.forbidden("您没有该学校作业的评阅任务");
        }
        return item;
    }

    private Reach reach(Caller caller, GradingModule module) {
        if (caller.has(Role.COUNTY_ADMIN)) {
            return Reach.WHOLE;
        }
        Optional<Allocation> allocation = allocations.find(module.county(), actor(caller));
        if (allocation.isPresent() && allocation.get().modules().contains(module.id())) {
            return Reach.WHOLE;
        }
        if (allocation.isPresent() && !allocation.get().schools().isEmpty()) {
            return new Reach(false, allocation.get().schools());
        }
        throw DomainException.forbidden("您没有「" + module.title() + "」的评阅任务，请联系县级管理员分配");
    }
}
