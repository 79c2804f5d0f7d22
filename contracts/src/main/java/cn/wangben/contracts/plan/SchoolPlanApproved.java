package cn.wangben.contracts.plan;

import cn.wangben.contracts.DomainEvent;
import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.EventId;
import cn.wangben.contracts.ids.ProgrammeId;
import cn.wangben.contracts.ids.SchoolId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** The county approved a school's plan; its rubric is the one the school scores by. {@code by} is the acting user's username. */
public record SchoolPlanApproved(
        EventId eventId,
        CountyId countyId,
        Instant occurredAt,
        String planId,
        ProgrammeId programmeId,
        SchoolId schoolId,
        RubricSpec rubric,
        List<PlannedActivity> activities,
        List<PlannedAssignment> assignments,
        String by)
        implements DomainEvent {

    public SchoolPlanApproved {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(countyId, "countyId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(planId, "planId");
        Objects.requireNonNull(programmeId, "programmeId");
        Objects.requireNonNull(schoolId, "schoolId");
        Objects.requireNonNull(rubric, "rubric");
        activities = List.copyOf(activities);
        assignments = assignments == null ? List.of() : List.copyOf(assignments);
    }

    /** Without school assignments (a field added within version 1: older producers and fixtures omit it). */
    public SchoolPlanApproved(
            EventId eventId,
            CountyId countyId,
            Instant occurredAt,
            String planId,
            ProgrammeId programmeId,
            SchoolId schoolId,
            RubricSpec rubric,
            List<PlannedActivity> activities,
            String by) {
        this(eventId, countyId, occurredAt, planId, programmeId, schoolId, rubric, activities, List.of(), by);
    }

    /** Keyed by school so one school's review steps stay in order. */
    @Override
    public String partitionKey() {
        return schoolId.value();
    }
}
