package cn.wangben.assignment.schoolwork;

import cn.wangben.assignment.module.OnlineModules;
import cn.wangben.assignment.module.SchoolAssignment;
import cn.wangben.assignment.programme.KnownProgramme;
import cn.wangben.assignment.programme.KnownProgrammes;

/**
 * Opens the assignments of approved school plans to the schools' teachers (研修作业, "schools' assignments from their
 * plans use the same machinery, scoped to the school").
 *
 * <p>The approval and the programme arrive on different topics, in either order. Each side first stores what it
 * brings, then looks for the other: the approval is kept, then opened if the programme is known; the programme is
 * stored by the programme consumer, which then opens every approval kept for it. Whichever comes second opens the
 * assignments; both may, harmlessly: every write is idempotent and ordered by the approval's instant, so a late or
 * redelivered older approval never overwrites a later one.
 */
public class SchoolAssignmentDesk {
    private final ApprovedPlans plans;
    private final KnownProgrammes programmes;
    private final OnlineModules modules;

    public SchoolAssignmentDesk(ApprovedPlans plans, KnownProgrammes programmes, OnlineModules modules) {
        this.plans = plans;
        this.programmes = programmes;
        this.modules = modules;
    }

    public void approved(ApprovedPlan plan) {
        if (!plans.keep(plan)) {
            return; // a later approval of this school's plan is already in force
        }
        programmes.find(plan.county(), plan.programme()).ifPresent(programme -> open(plan, programme));
    }

    /** The programme is stored (published or revised): its due instants and windows are worked out again. */
    public void programmeKnown(KnownProgramme programme) {
        for (ApprovedPlan plan : plans.ofProgramme(programme.county(), programme.id())) {
            open(plan, programme);
        }
    }

    private void open(ApprovedPlan plan, KnownProgramme programme) {
        var existing = modules.schoolAssignments(plan.county(), plan.programme(), plan.school());
        for (SchoolAssignment assignment : AssignmentOpening.open(plan, programme, existing)) {
            if (!modules.open(assignment)) {
                return; // a later approval got there meanwhile and replaces all of these
            }
        }
        modules.withdrawOlderThan(plan.county(), plan.programme(), plan.school(), plan.approvedAt());
    }
}
