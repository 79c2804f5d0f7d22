package cn.wangben.contracts;

import cn.wangben.contracts.assignment.EssayGraded;
import cn.wangben.contracts.assignment.EssayMissed;
import cn.wangben.contracts.assignment.EssaySubmitted;
import cn.wangben.contracts.assignment.ExtensionGranted;
import cn.wangben.contracts.assignment.ModuleGradesReleased;
import cn.wangben.contracts.assignment.ModuleScheduled;
import cn.wangben.contracts.identity.CountyRegistered;
import cn.wangben.contracts.identity.SchoolRegistered;
import cn.wangben.contracts.plan.ProgrammePublished;
import cn.wangben.contracts.plan.ProgrammeRevised;
import cn.wangben.contracts.plan.RosterImported;
import cn.wangben.contracts.plan.SchoolCancelled;
import cn.wangben.contracts.plan.SchoolPlanApproved;
import cn.wangben.contracts.plan.SchoolPlanReturned;
import cn.wangben.contracts.plan.SchoolPlanSubmitted;
import cn.wangben.contracts.plan.SchoolReinstated;
import cn.wangben.contracts.plan.TeacherEnrolled;
import cn.wangben.contracts.plan.TeacherExempted;
import cn.wangben.contracts.plan.TeachersRostered;
import cn.wangben.contracts.scoring.ProgrammeFinalized;
import cn.wangben.contracts.scoring.TraineeResultFinalized;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Every event the platform publishes, documented in docs/events.md. */
public final class EventCatalog {
    public static final EventType<ProgrammePublished> PROGRAMME_PUBLISHED =
            new EventType<>("ProgrammePublished", 1, Topics.PROGRAMMES, ProgrammePublished.class);
    public static final EventType<ProgrammeRevised> PROGRAMME_REVISED =
            new EventType<>("ProgrammeRevised", 1, Topics.PROGRAMMES, ProgrammeRevised.class);
    public static final EventType<SchoolPlanSubmitted> SCHOOL_PLAN_SUBMITTED =
            new EventType<>("SchoolPlanSubmitted", 1, Topics.SCHOOL_PLANS, SchoolPlanSubmitted.class);
    public static final EventType<SchoolPlanReturned> SCHOOL_PLAN_RETURNED =
            new EventType<>("SchoolPlanReturned", 1, Topics.SCHOOL_PLANS, SchoolPlanReturned.class);
    public static final EventType<SchoolPlanApproved> SCHOOL_PLAN_APPROVED =
            new EventType<>("SchoolPlanApproved", 1, Topics.SCHOOL_PLANS, SchoolPlanApproved.class);
    public static final EventType<SchoolCancelled> SCHOOL_CANCELLED =
            new EventType<>("SchoolCancelled", 1, Topics.SCHOOL_PLANS, SchoolCancelled.class);
    public static final EventType<SchoolReinstated> SCHOOL_REINSTATED =
            new EventType<>("SchoolReinstated", 1, Topics.SCHOOL_PLANS, SchoolReinstated.class);
    public static final EventType<TeachersRostered> TEACHERS_ROSTERED =
            new EventType<>("TeachersRostered", 1, Topics.ROSTERS, TeachersRostered.class);
    public static final EventType<RosterImported> ROSTER_IMPORTED =
            new EventType<>("RosterImported", 1, Topics.ROSTERS, RosterImported.class);
    public static final EventType<TeacherEnrolled> TEACHER_ENROLLED =
            new EventType<>("TeacherEnrolled", 1, Topics.TRAINEES, TeacherEnrolled.class);
    public static final EventType<TeacherExempted> TEACHER_EXEMPTED =
            new EventType<>("TeacherExempted", 1, Topics.TRAINEES, TeacherExempted.class);
    public static final EventType<ModuleScheduled> MODULE_SCHEDULED =
            new EventType<>("ModuleScheduled", 1, Topics.MODULES, ModuleScheduled.class);
    public static final EventType<EssaySubmitted> ESSAY_SUBMITTED =
            new EventType<>("EssaySubmitted", 1, Topics.SUBMISSIONS, EssaySubmitted.class);
    public static final EventType<EssayMissed> ESSAY_MISSED =
            new EventType<>("EssayMissed", 1, Topics.SUBMISSIONS, EssayMissed.class);
    public static final EventType<ExtensionGranted> EXTENSION_GRANTED =
            new EventType<>("ExtensionGranted", 1, Topics.SUBMISSIONS, ExtensionGranted.class);
    public static final EventType<EssayGraded> ESSAY_GRADED =
            new EventType<>("EssayGraded", 1, Topics.GRADES, EssayGraded.class);
    public static final EventType<ModuleGradesReleased> MODULE_GRADES_RELEASED =
            new EventType<>("ModuleGradesReleased", 1, Topics.GRADES, ModuleGradesReleased.class);
    public static final EventType<TraineeResultFinalized> TRAINEE_RESULT_FINALIZED =
            new EventType<>("TraineeResultFinalized", 1, Topics.RESULTS, TraineeResultFinalized.class);
    public static final EventType<ProgrammeFinalized> PROGRAMME_FINALIZED =
            new EventType<>("ProgrammeFinalized", 1, Topics.RESULTS, ProgrammeFinalized.class);
    public static final EventType<CountyRegistered> COUNTY_REGISTERED =
            new EventType<>("CountyRegistered", 1, Topics.TENANTS, CountyRegistered.class);
    public static final EventType<SchoolRegistered> SCHOOL_REGISTERED =
            new EventType<>("SchoolRegistered", 1, Topics.TENANTS, SchoolRegistered.class);

    public static final List<EventType<?>> ALL = List.of(
            PROGRAMME_PUBLISHED,
            PROGRAMME_REVISED,
            SCHOOL_PLAN_SUBMITTED,
            SCHOOL_PLAN_RETURNED,
            SCHOOL_PLAN_APPROVED,
            SCHOOL_CANCELLED,
            SCHOOL_REINSTATED,
            TEACHERS_ROSTERED,
            ROSTER_IMPORTED,
            TEACHER_ENROLLED,
            TEACHER_EXEMPTED,
            MODULE_SCHEDULED,
            ESSAY_SUBMITTED,
            ESSAY_MISSED,
            EXTENSION_GRANTED,
            ESSAY_GRADED,
            MODULE_GRADES_RELEASED,
            TRAINEE_RESULT_FINALIZED,
            PROGRAMME_FINALIZED,
            COUNTY_REGISTERED,
            SCHOOL_REGISTERED);

    private static final Map<String, EventType<?>> BY_NAME =
            ALL.stream().collect(Collectors.toUnmodifiableMap(EventType::name, Function.identity()));
    private static final Map<Class<?>, EventType<?>> BY_CLASS =
            ALL.stream().collect(Collectors.toUnmodifiableMap(EventType::javaType, Function.identity()));

    private EventCatalog() {}

    public static Optional<EventType<?>> byName(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    public static EventType<?> of(DomainEvent event) {
        EventType<?> type = BY_CLASS.get(event.getClass());
        if (type == null) {
            throw new IllegalArgumentException("Event class not in the catalog: " + event.getClass());
        }
        return type;
    }
}
