package cn.wangben.scoring.schoolscore;

import cn.wangben.contracts.ids.ProgrammeId;
import cn.wangben.contracts.ids.SchoolId;
import cn.wangben.platform.domain.Caller;
import cn.wangben.platform.domain.DomainException;
import cn.wangben.platform.domain.DomainException.Violation;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Attendance per planned activity of the approved plan, recorded by the school in bulk: per activity (who was there)
 * or per trainee (which activities they attended). Only rostered, non-exempt trainees and only planned activities;
 * all or nothing. Attendance-ratio rubric items are computed from it.
 */
public class AttendanceDesk {
    private final SheetCases cases;
    private final ScoreSheets sheets;
    private final SheetProjector projector;
    private final Clock clock;

    public AttendanceDesk(SheetCases cases, ScoreSheets sheets, SheetProjector projector, Clock clock) {
        this.cases = cases;
        this.sheets = sheets;
        this.projector = projector;
        this.clock = clock;
    }

    public AttendanceBook book(Caller caller, ProgrammeId programme, SchoolId school) {
        SheetCase c = cases.load(SheetAccess.reader(caller, school), programme, school);
        Grid grid = GridCalculator.compute(c);
        SheetRules.requireRubric(grid);
        return new AttendanceBook(grid, c.sheet().attendance());
    }

    public AttendanceBook recordActivities(
            Caller caller, ProgrammeId programme, SchoolId school, List<ActivityPresence> activities) {
        SheetCase c = cases.load(SheetAccess.schoolAdmin(caller, school), programme, school);
        Grid grid = SheetRules.editable(c);
        List<Violation> problems = new ArrayList<>();
        if (activities.isEmpty()) {
            problems.add(new Violation("activities", "请至少提交一项活动的出勤"));
        }
        Set<Integer> numbers = new HashSet<>();
        for (int i = 0; i < activities.size(); i++) {
            ActivityPresence a = activities.get(i);
            String at = "activities[" + i + "]";
            if (activity(grid, a.number(), at + ".number", problems) && !numbers.add(a.number())) {
                problems.add(new Violation(at + ".number", "第" + a.number() + "项活动在本次提交中重复出现"));
            }
            trainees(grid, a.present(), at + ".present", problems);
        }
        if (!problems.isEmpty()) {
            throw DomainException.ruleViolated("invalid-attendance", problems);
        }
        Instant now = clock.instant();
        activities.forEach(
                a -> c.sheet().recordActivity(a.number(), new HashSet<>(a.present()), SheetAccess.who(caller), now));
        return save(c);
    }

    public AttendanceBook recordTeachers(
            Caller caller, ProgrammeId programme, SchoolId school, List<TeacherPresence> teachers) {
        SheetCase c = cases.load(SheetAccess.schoolAdmin(caller, school), programme, school);
        Grid grid = SheetRules.editable(c);
        List<Violation> problems = new ArrayList<>();
        if (teachers.isEmpty()) {
            problems.add(new Violation("teachers", "请至少提交一名学员的出勤"));
        }
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < teachers.size(); i++) {
            TeacherPresence t = teachers.get(i);
            String at = "teachers[" + i + "]";
            trainees(grid, t.teacherKey() == null ? null : List.of(t.teacherKey()), at + ".teacherKey", problems);
            if (t.teacherKey() != null && !keys.add(t.teacherKey())) {
                problems.add(new Violation(at + ".teacherKey", "该学员在本次提交中重复出现"));
            }
            if (t.attended() == null) {
                problems.add(new Violation(at + ".attended", "请提交该学员参加的活动序号（可为空）"));
                continue;
            }
            for (int j = 0; j < t.attended().size(); j++) {
                activity(grid, t.attended().get(j), at + ".attended[" + j + "]", problems);
            }
        }
        if (!problems.isEmpty()) {
            throw DomainException.ruleViolated("invalid-attendance", problems);
        }
        Instant now = clock.instant();
        for (TeacherPresence t : teachers) {
            c.sheet()
                    .recordTeacher(
                            t.teacherKey(),
                            new LinkedHashSet<>(t.attended()),
                            grid.activityNumbers(),
                            SheetAccess.who(caller),
                            now);
        }
        return save(c);
    }

    private static boolean activity(Grid grid, Integer number, String field, List<Violation> problems) {
        if (number == null || !grid.activityNumbers().contains(number)) {
            problems.add(new Violation(
                    field, "校本研修计划中没有第" + number + "项活动（共" + grid.activities().size() + "项）"));
            return false;
        }
        return true;
    }

    private static void trainees(Grid grid, List<String> keys, String field, List<Violation> problems) {
        if (keys == null) {
            problems.add(new Violation(field, "请提交出勤学员（可为空）"));
            return;
        }
        for (int j = 0; j < keys.size(); j++) {
            String key = keys.get(j);
            if (key == null || grid.row(key).isEmpty()) {
                String where = field.endsWith(".teacherKey") ? field : field + "[" + j + "]";
                problems.add(new Violation(where, "“" + key + "”不是本校名册中的学员，或该学员已免修"));
            }
        }
    }

    private AttendanceBook save(SheetCase c) {
        sheets.save(c.sheet());
        projector.refresh(c.county(), c.programme().id(), c.school());
        return new AttendanceBook(GridCalculator.compute(c), c.sheet().attendance());
    }
}
