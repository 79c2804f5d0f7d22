package cn.wangben.plan.schoolplan;

import cn.wangben.contracts.DomainEvent;
import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.EventId;
import cn.wangben.contracts.ids.ProgrammeId;
import cn.wangben.contracts.ids.SchoolId;
import cn.wangben.contracts.plan.PlannedActivity;
import cn.wangben.contracts.plan.PlannedAssignment;
import cn.wangben.contracts.plan.SchoolPlanApproved;
import cn.wangben.contracts.plan.SchoolPlanReturned;
import cn.wangben.contracts.plan.SchoolPlanSubmitted;
import cn.wangben.platform.domain.DomainException;
import cn.wangben.rubric.spec.RubricSpecs;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A school's plan for one programme and its review chain (seed 003: the school signs, the county reviews, a plan can
 * be returned with comments and resubmitted). The plan guards its own state; every step is recorded.
 */
public final class SchoolPlan {
    private final String id;
    private final CountyId county;
    private final SchoolId school;
    private final ProgrammeId programme;
    private final long version;
    private final List<ReviewStep> history;
    private PlanContent content;
    private PlanStatus status;

    public SchoolPlan(
            String id,
            CountyId county,
            SchoolId school,
            ProgrammeId programme,
            PlanContent content,
            PlanStatus status,
            List<ReviewStep> history,
            long version) {
        this.id = id;
        this.county = county;
        this.school = school;
        this.programme = programme;
        this.content = content;
        this.status = status;
        this.history = new ArrayList<>(history);
        this.version = version;
    }

    static SchoolPlan draft(CountyId county, SchoolId school, ProgrammeId programme, PlanContent content) {
        return new SchoolPlan(
                UUID.randomUUID().toString(), county, school, programme, content, PlanStatus.DRAFT, List.of(), 0);
    }

    void revise(PlanContent revised) {
        if (status == PlanStatus.SUBMITTED || status == PlanStatus.APPROVED) {
            throw DomainException.conflict(
                    "plan-locked", status == PlanStatus.APPROVED ? "计划已审核通过，不能再修改" : "计划已提交，正在审核中；如需修改请等待县里退回");
        }
        content = revised;
    }

    List<DomainEvent> submit(List<DomainException.Violation> problems, String by, Instant at) {
        if (status != PlanStatus.DRAFT && status != PlanStatus.RETURNED) {
            throw DomainException.conflict("plan-not-editable", "计划当前状态为「" + label(status) + "」，不能提交");
        }
        if (!problems.isEmpty()) {
            throw DomainException.ruleViolated("invalid-plan", problems);
        }
        status = PlanStatus.SUBMITTED;
        history.add(new ReviewStep("SUBMITTED", by, at, null));
        return List.of(new SchoolPlanSubmitted(EventId.random(), county, at, id, programme, school, by));
    }

    List<DomainEvent> returnWith(String comment, String by, Instant at) {
        requireSubmitted();
        if (comment == null || comment.isBlank()) {
            throw DomainException.ruleViolated("invalid-review", "comment", "退回计划时请填写修改意见");
        }
        status = PlanStatus.RETURNED;
        history.add(new ReviewStep("RETURNED", by, at, comment.strip()));
        return List.of(
                new SchoolPlanReturned(EventId.random(), county, at, id, programme, school, comment.strip(), by));
    }

    List<DomainEvent> approve(String by, Instant at) {
        requireSubmitted();
        status = PlanStatus.APPROVED;
        history.add(new ReviewStep("APPROVED", by, at, null));
        return List.of(new SchoolPlanApproved(
                EventId.random(),
                county,
                at,
                id,
                programme,
                school,
                RubricSpecs.toSpec(content.rubric()),
                plannedActivities(),
                plannedAssignments(),
                by));
    }

    private List<PlannedActivity> plannedActivities() {
        List<PlannedActivity> planned = new ArrayList<>();
        List<Activity> activities = content.activities();
        for (int i = 0; i < activities.size(); i++) {
            Activity a = activities.get(i);
            planned.add(new PlannedActivity(i + 1, a.startDate(), a.endDate(), a.content()));
        }
        return planned;
    }

    private List<PlannedAssignment> plannedAssignments() {
        List<PlannedAssignment> planned = new ArrayList<>();
        List<SchoolAssignment> assignments = content.assignments();
        for (int i = 0; i < assignments.size(); i++) {
            SchoolAssignment a = assignments.get(i);
            planned.add(new PlannedAssignment(i + 1, a.title(), a.requirement(), a.dueDate()));
        }
        return planned;
    }

    private void requireSubmitted() {
        if (status != PlanStatus.SUBMITTED) {
            throw DomainException.conflict("plan-not-submitted", "只有已提交待审核的计划才能审核（当前：" + label(status) + "）");
        }
    }

    static String label(PlanStatus status) {
        return switch (status) {
            case DRAFT -> "草稿";
            case SUBMITTED -> "待审核";
            case RETURNED -> "已退回";
            case APPROVED -> "已通过";
        };
    }

    public String id() {
        return id;
    }

    public CountyId county() {
        return county;
    }

    public SchoolId school() {
        return school;
    }

    public ProgrammeId programme() {
        return programme;
    }

    public PlanContent content() {
        return content;
    }

    public PlanStatus status() {
        return status;
    }

    public List<ReviewStep> history() {
        return List.copyOf(history);
    }

    public long version() {
        return version;
    }
}
