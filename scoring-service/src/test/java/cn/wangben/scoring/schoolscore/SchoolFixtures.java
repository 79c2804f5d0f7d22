package cn.wangben.scoring.schoolscore;

import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.ProgrammeId;
import cn.wangben.contracts.ids.SchoolId;
import cn.wangben.contracts.plan.PlannedActivity;
import cn.wangben.contracts.plan.RosteredTeacher;
import cn.wangben.contracts.plan.RubricSpec;
import cn.wangben.scoring.facts.ApprovedPlan;
import cn.wangben.scoring.facts.ProgrammeTerms;
import cn.wangben.scoring.facts.Roster;
import cn.wangben.scoring.facts.SchoolStanding;
import cn.wangben.scoring.facts.Trainee;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A school rubric on 100 points with every rule kind the rubric library knows (as seed 000's school writes them), three
 * planned activities, and a small roster; shared by the unit tests and the integration tests.
 */
public final class SchoolFixtures {
    public static final Instant DEADLINE = Instant.parse("2026-12-29T16:00:00Z");

    private SchoolFixtures() {}

    /** 20 + 10 + 10 + 20 + 15 + 10 + 15 = 100. */
    public static RubricSpec hundredPointRubric() {
        return new RubricSpec(
                BigDecimal.valueOf(100),
                List.of(
                        item("attendance", "出勤", rule("ATTENDANCE", 20, null, null)),
                        item("politics", "学习十九大精神", rule("DEDUCTION", 10, 1, null)),
                        item(
                                "ethics",
                                "师德师风",
                                rule("SEVERITY_DEDUCTION", 10, null, null, option("严重", 10), option("较轻", 5))),
                        item(
                                "lesson",
                                "新教师汇报课",
                                rule("TIERS", null, null, null, option("一档", 20), option("二档", 15), option("三档", 10))),
                        item(
                                "oneLesson",
                                "一师一优课",
                                rule("LEVELS", null, null, null, option("一级", 15), option("二级", 10), option("三级", 5))),
                        item(
                                "classAward",
                                "班级管理",
                                rule("ADDITION", null, null, 10, option("先进班级", 2), option("联合体出课", 5))),
                        item("reading", "读书交流会", rule("MANUAL", 15, null, null))));
    }

    public static List<PlannedActivity> activities() {
        return List.of(
                new PlannedActivity(1, LocalDate.of(2026, 12, 7), null, "学习十九大精神"),
                new PlannedActivity(2, LocalDate.of(2026, 12, 9), null, "教师职业道德培训"),
                new PlannedActivity(3, LocalDate.of(2026, 12, 10), LocalDate.of(2026, 12, 14), "新教师汇报课"));
    }

    public static RosteredTeacher teacher(String key, String name) {
        return new RosteredTeacher(
                key, name, "女", "小学", "语文", "一级教师", 8, "230102********" + (1000 + Math.abs(key.hashCode() % 9000)));
    }

    /** Teacher A's entries: with 2 of 3 activities attended, 13.3+8+5+15+15+6+12.5 = 74.8 of 100 → 29.9 of 40. */
    public static Map<String, ItemEntry> entriesOfA() {
        return Map.of(
                "politics", ItemEntry.count(2),
                "ethics", ItemEntry.counts(Map.of("较轻", 1)),
                "lesson", ItemEntry.choice("二档"),
                "oneLesson", ItemEntry.choice("一级"),
                "classAward", ItemEntry.counts(Map.of("先进班级", 3)),
                "reading", ItemEntry.points("12.5"));
    }

    /** Teacher B's entries: with 3 of 3 attended, 20+10+10+20+15+7+15 = 97 of 100 → 38.8 of 40. */
    public static Map<String, ItemEntry> entriesOfB() {
        return Map.of(
                "politics", ItemEntry.count(0),
                "ethics", ItemEntry.counts(Map.of()),
                "lesson", ItemEntry.choice("一档"),
                "oneLesson", ItemEntry.choice("一级"),
                "classAward", ItemEntry.counts(Map.of("先进班级", 1, "联合体出课", 1)),
                "reading", ItemEntry.points("15"));
    }

    public static SheetCase sheetCase(
            ScoreSheet sheet, List<RosteredTeacher> roster, Map<String, Trainee> trainees, boolean cancelled) {
        CountyId county = sheet.county();
        ProgrammeId programme = sheet.programme();
        SchoolId school = sheet.school();
        return new SheetCase(
                new ProgrammeTerms(county, programme, "2026-2027第一学期教师网本研修", 40, DEADLINE, 0),
                school,
                Optional.of(new ApprovedPlan(
                        county,
                        programme,
                        school,
                        "plan-1",
                        hundredPointRubric(),
                        activities(),
                        DEADLINE.minusSeconds(864000))),
                new Roster("r1", 1, 1, roster),
                trainees,
                cancelled
                        ? Optional.of(
                                new SchoolStanding(county, programme, school, true, List.of("ROSTER"), null, DEADLINE))
                        : Optional.empty(),
                sheet);
    }

    public static ScoreSheet emptySheet() {
        return ScoreSheet.empty(CountyId.of("qingshan"), ProgrammeId.of("p1"), SchoolId.of("s1"));
    }

    private static RubricSpec.Item item(String id, String title, RubricSpec.Rule rule) {
        return new RubricSpec.Item(id, title, null, rule);
    }

    private static RubricSpec.Rule rule(
            String kind, Integer max, Integer per, Integer cap, RubricSpec.Option... options) {
        return new RubricSpec.Rule(kind, points(max), points(per), null, points(cap), Arrays.asList(options));
    }

    private static RubricSpec.Option option(String name, int points) {
        return new RubricSpec.Option(name, BigDecimal.valueOf(points));
    }

    private static BigDecimal points(Integer value) {
        return value == null ? null : BigDecimal.valueOf(value);
    }
}
