package cn.wangben.scoring.results;

import cn.wangben.contracts.DomainEvent;
import cn.wangben.contracts.EventCatalog;
import cn.wangben.contracts.assignment.EssayGraded;
import cn.wangben.contracts.assignment.EssayMissed;
import cn.wangben.contracts.assignment.EssaySubmitted;
import cn.wangben.contracts.assignment.ModuleGradesReleased;
import cn.wangben.contracts.assignment.ModuleScheduled;
import cn.wangben.contracts.identity.SchoolRegistered;
import cn.wangben.contracts.plan.ProgrammePublished;
import cn.wangben.contracts.plan.RosterImported;
import cn.wangben.contracts.plan.SchoolCancelled;
import cn.wangben.contracts.plan.SchoolPlanApproved;
import cn.wangben.contracts.plan.SchoolPlanReturned;
import cn.wangben.contracts.plan.SchoolPlanSubmitted;
import cn.wangben.contracts.plan.TeacherEnrolled;
import cn.wangben.contracts.plan.TeacherExempted;
import cn.wangben.contracts.plan.TeachersRostered;
import cn.wangben.scoring.schoolscore.FactIntake;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Hands events to every consumer of the service the way the listeners do, bypassing the inbox's event-id check, so
 * what is tested is the handlers' own idempotency by natural key.
 */
final class Feed {
    private final FactIntake school;
    private final ResultIntake results;

    Feed(FactIntake school, ResultIntake results) {
        this.school = school;
        this.results = results;
    }

    void apply(List<DomainEvent> events) {
        events.forEach(this::apply);
    }

    /**
     * Each partition replayed once more after it was read (a consumer that crashed before committing), and the
     * partitions interleaved at random: the order within a key is kept, as Kafka keeps it.
     */
    static List<DomainEvent> twiceShuffledAcrossPartitions(List<DomainEvent> events, long seed) {
        Map<String, List<DomainEvent>> partitions = new LinkedHashMap<>();
        for (DomainEvent e : events) {
            partitions
                    .computeIfAbsent(EventCatalog.of(e).topic() + "/" + e.partitionKey(), k -> new ArrayList<>())
                    .add(e);
        }
        List<List<DomainEvent>> queues = new ArrayList<>();
        partitions.values().forEach(p -> {
            List<DomainEvent> twice = new ArrayList<>(p);
            twice.addAll(p);
            queues.add(twice);
        });
        Random random = new Random(seed);
        List<DomainEvent> shuffled = new ArrayList<>();
        while (!queues.isEmpty()) {
            List<DomainEvent> queue = queues.get(random.nextInt(queues.size()));
            shuffled.add(queue.remove(0));
            if (queue.isEmpty()) {
                queues.remove(queue);
            }
        }
        return shuffled;
    }

    private void apply(DomainEvent e) {
        if (e instanceof ProgrammePublished p) {
            school.programmePublished(p);
            results.programmePublished(p);
        } else if (e instanceof SchoolRegistered r) {
            results.schoolRegistered(r);
        } else if (e instanceof SchoolPlanSubmitted s) {
            results.planSubmitted(s);
        } else if (e instanceof SchoolPlanReturned r) {
            results.planReturned(r);
        } else if (e instanceof SchoolPlanApproved a) {
            school.planApproved(a);
            results.planApproved(a);
        } else if (e instanceof TeachersRostered r) {
            school.rostered(r);
        } else if (e instanceof RosterImported r) {
            results.rosterImported(r);
        } else if (e instanceof TeacherEnrolled t) {
            school.enrolled(t);
            results.enrolled(t);
        } else if (e instanceof TeacherExempted t) {
            school.exempted(t);
            results.exempted(t);
        } else if (e instanceof SchoolCancelled c) {
            school.cancelled(c);
            results.cancelled(c);
        } else if (e instanceof ModuleScheduled m) {
            results.moduleScheduled(m);
        } else if (e instanceof EssaySubmitted s) {
            results.submitted(s);
        } else if (e instanceof EssayMissed m) {
            results.missed(m);
        } else if (e instanceof EssayGraded g) {
            results.graded(g);
        } else if (e instanceof ModuleGradesReleased r) {
            results.gradesReleased(r);
        } else {
            throw new IllegalArgumentException("no consumer for " + e.getClass().getSimpleName());
        }
    }
}
