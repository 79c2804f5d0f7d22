package cn.wangben.scoring.results;

import cn.wangben.contracts.DomainEvent;
import cn.wangben.contracts.assignment.EssayGraded;
import cn.wangben.contracts.assignment.EssayMissed;
import cn.wangben.contracts.assignment.EssaySubmitted;
import cn.wangben.contracts.assignment.ModuleGradesReleased;
import cn.wangben.contracts.assignment.ModuleScheduled;
import cn.wangben.contracts.identity.SchoolRegistered;
import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.EventId;
import cn.wangben.contracts.ids.ModuleId;
import cn.wangben.contracts.ids.ProgrammeId;
import cn.wangben.contracts.ids.SchoolId;
import cn.wangben.contracts.ids.SubmissionId;
import cn.wangben.contracts.ids.TeacherId;
import cn.wangben.contracts.plan.RosterImported;
import cn.wangben.contracts.plan.RosteredTeacher;
import cn.wangben.contracts.plan.SchoolCancelled;
import cn.wangben.contracts.plan.SchoolPlanApproved;
import cn.wangben.contracts.plan.SchoolPlanReturned;
import cn.wangben.contracts.plan.SchoolPlanSubmitted;
import cn.wangben.contracts.plan.TeacherEnrolled;
import cn.wangben.contracts.plan.TeacherExempted;
import cn.wangben.contracts.plan.TeachersRostered;
import cn.wangben.scoring.schoolscore.SchoolFixtures;
import cn.wangben.scoring.story.CountyStory;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The events of one county's programme as plan-service, identity and assignment-service would publish them, in their
 * natural order. Every id ends in the scenario's suffix, so two counties can play it side by side.
 */
final class ScenarioEvents {
    static final Instant DUE_1 = Instant.parse("2026-12-15T16:00:00Z");
    static final Instant DUE_2 = Instant.parse("2026-12-22T16:00:00Z");
    static final Instant DUE_3 = Instant.parse("2026-12-29T16:00:00Z");
    final String suffix;
    final CountyId county;
    final ProgrammeId programme;
    private final List<DomainEvent> events = new ArrayList<>();

    ScenarioEvents(String suffix) {
        this.suffix = suffix;
        this.county = CountyId.of("c" + suffix);
        this.programme = ProgrammeId.of("p" + suffix);
    }

    SchoolId school(int n) {
        return SchoolId.of("s" + n + suffix);
    }

    ModuleId module(int n) {
        return ModuleId.of("m" + n + suffix);
    }

    String key(int n) {
        return "k" + n + suffix;
    }

    TeacherId account(int n) {
        return TeacherId.of("t" + n + suffix);
    }

    /** Three schools: s1 approved after a return (k1–k3 enrolled, k4 exempt), s2 only submitted, s3 cancelled. */
    List<DomainEvent> events() {
        events.clear();
        add(CountyStory.programmePublished(county, programme, DUE_3));
        String[] names = {"青山县第一中学", "青山县实验小学", "青山县幼儿园"};
        for (int s = 1; s <= 3; s++) {
            add(new SchoolRegistered(
                    id(), county, at("2026-11-20T00:00:00Z"), school(s), "S" + s, names[s - 1], "小学", "platform"));
        }
        plan(1, "2026-12-10T01:00:00Z", "submitted");
        add(new SchoolPlanReturned(
                id(), county, at("2026-12-10T05:00:00Z"), "plan-1", programme, school(1), "请补充活动日程", "county"));
        plan(1, "2026-12-11T01:00:00Z", "submitted");
        add(new SchoolPlanApproved(
                id(),
                county,
                at("2026-12-12T02:00:00Z"),
                "plan-1",
                programme,
                school(1),
                SchoolFixtures.hundredPointRubric(),
                SchoolFixtures.activities(),
                "county"));
        plan(2, "2026-12-12T03:00:00Z", "submitted");
        roster(1, 1, 2, 3, 4);
        roster(2, 5, 6);
        roster(3, 7);
        for (int k : new int[] {1, 2, 3, 5, 6, 7}) {
            add(new TeacherEnrolled(
                    id(),
                    county,
                    at("2026-12-07T01:00:00Z"),
                    programme,
                    school(k <= 4 ? 1 : k <= 6 ? 2 : 3),
                    key(k),
                    account(k),
                    "t" + k));
        }
        add(new TeacherExempted(
                id(), county, at("2026-12-07T02:00:00Z"), programme, school(1), key(4), "国培送教", "送教下乡名单", "county"));
        add(new SchoolCancelled(
                id(), county, at("2026-12-13T16:00:00Z"), programme, school(3), List.of("PLAN"), "deadline"));
        Instant[] due = {DUE_1, DUE_2, DUE_3};
        String[] titles = {"队伍建设", "师德师风", "信息技术"};
        for (int m = 1; m <= 3; m++) {
            add(new ModuleScheduled(
                    id(),
                    county,
                    at("2026-12-02T00:00:00Z"),
                    module(m),
                    programme,
                    titles[m - 1],
                    due[m - 1].minusSeconds(604_800),
                    due[m - 1],
                    20));
        }
        submitted(1, 1, DUE_1.minusSeconds(7200), 1);
        submitted(1, 1, DUE_1.minusSeconds(1800), 2);
        submitted(2, 1, DUE_1.minusSeconds(5400), 1);
        submitted(5, 1, DUE_1.minusSeconds(300), 1);
        submitted(6, 1, DUE_1.plusSeconds(3600), 1); // with an extension
        submitted(1, 2, DUE_2.minusSeconds(86_000), 1);
        add(new EssayMissed(id(), county, DUE_1, module(1), programme, account(3), school(1), DUE_1));
        graded(1, 1, "良好", "15.0", 1);
        graded(1, 1, "优秀", "18.0", 2);
        graded(2, 1, "良好", "12.5", 1);
        graded(5, 1, "优秀", "19.0", 1);
        graded(1, 2, "良好", "16.0", 1);
        add(new ModuleGradesReleased(id(), county, DUE_1.plusSeconds(172_800), module(1), programme, "county"));
        return List.copyOf(events);
    }

    private void plan(int s, String at, String what) {
        add(new SchoolPlanSubmitted(id(), county, at(at), "plan-" + s, programme, school(s), what));
    }

    private void roster(int s, int... keys) {
        List<RosteredTeacher> teachers = new ArrayList<>();
        String[] names = {"", "李文", "王芳", "张伟", "刘洋", "陈静", "杨帆", "赵敏"};
        for (int k : keys) {
            teachers.add(SchoolFixtures.teacher(key(k), names[k]));
        }
        Instant at = at("2026-12-12T10:00:00Z");
        add(new TeachersRostered(id(), county, at, "r" + s + suffix, programme, school(s), 1, 1, teachers));
        add(new RosterImported(id(), county, at, "r" + s + suffix, programme, school(s), keys.length, 1, 0, "admin"));
    }

    private void submitted(int t, int m, Instant at, int attempt) {
        add(new EssaySubmitted(
                id(),
                county,
                at,
                SubmissionId.random(),
                module(m),
                programme,
                account(t),
                school(t <= 4 ? 1 : t <= 6 ? 2 : 3),
                at,
                "00",
                800,
                attempt));
    }

    private void graded(int t, int m, String band, String score, int revision) {
        add(new EssayGraded(
                id(),
                county,
                DUE_1.plusSeconds(3600L * revision),
                SubmissionId.random(),
                module(m),
                programme,
                account(t),
                school(t <= 4 ? 1 : t <= 6 ? 2 : 3),
                band,
                new BigDecimal(score),
                revision,
                "grader"));
    }

    private void add(DomainEvent event) {
        events.add(event);
    }

    private static EventId id() {
        return EventId.random();
    }

    private static Instant at(String instant) {
        return Instant.parse(instant);
    }
}
