package cn.wangben.assignment.schoolwork;

import cn.wangben.assignment.module.OnlineModule;
import cn.wangben.assignment.module.SchoolAssignment;
import cn.wangben.assignment.programme.KnownProgramme;
import cn.wangben.contracts.ids.ModuleId;
import cn.wangben.contracts.plan.PlannedAssignment;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * How an approved plan's assignments become work teachers submit to, inside their programme:
 *
 * <ul>
 *   <li>one assignment per plan position: the id is derived from county, programme, school and {@code number}, so a
 *       later approval of the plan replaces assignment n in place, and its submissions stay with it;
 *   <li>due at 24:00 of {@code dueDate} in the programme's time zone (the next day's 00:00, the first late instant);
 *   <li>open from the approval, or from the programme's first day when approved before it; a window once open never
 *       moves later on a re-approval (essays already accepted stay inside it), and never starts after the cutoff;
 *   <li>the prompt is the plan's requirement; worth no county points (the school's rubric scores it);
 *   <li>an entry without a title or a due date (plan-service refuses both) is skipped rather than guessed.
 * </ul>
 */
public final class AssignmentOpening {
    public static final int NO_COUNTY_POINTS = 0;

    private AssignmentOpening() {}

    public static List<SchoolAssignment> open(
            ApprovedPlan plan, KnownProgramme programme, List<SchoolAssignment> existing) {
        Map<ModuleId, SchoolAssignment> before =
                existing.stream().collect(Collectors.toMap(a -> a.module().id(), Function.identity(), (a, b) -> b));
        Instant opensFrom = plan.approvedAt().isAfter(programme.opens()) ? plan.approvedAt() : programme.opens();
        List<SchoolAssignment> opened = new ArrayList<>();
        for (PlannedAssignment planned : plan.assignments()) {
            if (planned.title() == null || planned.title().isBlank() || planned.dueDate() == null) {
                continue;
            }
            ModuleId id = idOf(plan, planned.number());
            Instant dueAt =
                    planned.dueDate().plusDays(1).atStartOfDay(programme.zone()).toInstant();
            Instant opensAt = earliest(opensFrom, dueAt);
            SchoolAssignment earlier = before.get(id);
            if (earlier != null) {
                opensAt = earliest(opensAt, earlier.module().opensAt());
            }
            String requirement =
                    planned.requirement() == null || planned.requirement().isBlank()
                            ? null
                            : planned.requirement().strip();
            OnlineModule module = new OnlineModule(
                    id,
                    plan.county(),
                    plan.programme(),
                    planned.title().strip(),
                    requirement,
                    NO_COUNTY_POINTS,
                    opensAt,
                    dueAt,
                    programme.zone(),
                    plan.school());
            opened.add(new SchoolAssignment(module, planned.number(), plan.planId(), plan.approvedAt(), false));
        }
        return opened;
    }

    /** The same for every delivery and every approval of the plan: a name-based UUID of the assignment's key. */
    public static ModuleId idOf(ApprovedPlan plan, int number) {
        String key = "school-assignment:" + plan.county() + ":" + plan.programme() + ":" + plan.school() + ":" + number;
        return ModuleId.of(
                UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)).toString());
    }

    private static Instant earliest(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
