package cn.wangben.devstack.e2e;

import static cn.wangben.devstack.e2e.NoticeJson.fieldNames;
import static cn.wangben.devstack.e2e.NoticeJson.names;
import static cn.wangben.devstack.e2e.NoticeJson.outcomes;
import static cn.wangben.devstack.e2e.NoticeJson.points;
import static cn.wangben.devstack.e2e.NoticeJson.row;
import static org.assertj.core.api.Assertions.assertThat;

import cn.wangben.devstack.Devstack;
import cn.wangben.devstack.e2e.NoticeSchools.Teacher;
import cn.wangben.devstack.e2e.NoticeTerm.Module;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;

/**
 * The county notice (seed 004) played through every service of the real local platform, one term in a few minutes:
 * the platform's clock is moved forward from deadline to deadline ({@link ScenarioClock}) instead of waited for.
 *
 * <p>白河县 publishes the notice's programme with three online modules. 实验小学 (school A) hands in its plan, with a rubric
 * of every rule kind, and its roster in time and is approved; 第二中学 (school B) imports its roster but no plan and is
 * cancelled by the deadline sweep. Of A's teachers 李文清 submits every essay on time, 张晚晴 one too late (refused,
 * counts 0), 赵默 never (marked missing by the sweep), and 孙国培 is exempted by the county (国培送教). The grader grades,
 * the county releases each module, A records attendance, scores and reports; the county finalizes: totals, pass at 60,
 * 36 学时 in each teacher's hours record, certificates verifiable by anyone.
 *
 * <p>Runs after every other end-to-end class ({@code @Order(MAX_VALUE)}, see {@code junit-platform.properties}): the
 * clock only moves forward, and the other classes date their programmes from today.
 */
@Order(Integer.MAX_VALUE)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CountyNoticeScenarioIT {
    static final String ON_TIME = "李文清";
    static final String LATE = "张晚晴";
    static final String SILENT = "赵默";
    static final String EXEMPT = "孙国培";
    static final String OTHER_SCHOOL = "何远";
    static final String CANCELLED_REASON = "逾期未提交计划或名册，校本研修按取消处理";

    static long platformReadyAt;
    static Duration platformStart;
    static ScenarioClock clock;
    static NoticeTerm term;
    static NoticeCounty county;
    static GatewayClient gateway;
    static NoticeActions act;
    static final Map<String, Teacher> roster = new HashMap<>();
    static final Map<String, String> teacherKeys = new HashMap<>();

    @BeforeAll
    static void platform() throws Exception {
        long start = System.nanoTime();
        Devstack stack = SharedPlatform.get();
        platformReadyAt = System.nanoTime();
        platformStart = Duration.ofNanos(platformReadyAt - start);
        clock = new ScenarioClock(stack);
        term = NoticeTerm.ahead(clock.now());
        gateway = new GatewayClient(stack.gatewayUrl());
        county = NoticeCounty.register(stack);
        act = new NoticeActions(county, gateway);
        LocalDate born = LocalDate.of(1985, 3, 14);
        for (Teacher t : List.of(
                Teacher.of(ON_TIME, false, 1, born, "小学", "语文", 12),
                Teacher.of(LATE, false, 2, born.plusYears(6), "小学", "数学", 4),
                Teacher.of(SILENT, true, 3, born.minusYears(10), "小学", "体育", 25),
                Teacher.of(EXEMPT, true, 4, born.minusYears(3), "小学", "科学", 15),
                Teacher.of(OTHER_SCHOOL, true, 5, born.plusYears(2), "初中", "英语", 9))) {
            roster.put(t.name(), t);
        }
    }

    @AfterAll
    static void summary() throws Exception {
        System.out.printf(
                "county-notice scenario: one term (%s..%s, %d days of platform time) in %d s, after %d s to get the"
                        + " platform%n",
                term.december(5),
                clock.now().atZone(NoticeTerm.SHANGHAI).toLocalDate(),
                Duration.ofMillis(clock.offset()).toDays(),
                Duration.ofNanos(System.nanoTime() - platformReadyAt).toSeconds(),
                platformStart.toSeconds());
    }

    @Test
    @Order(1)
    void theCountyPublishesTheNoticeProgrammeWithThreeOneWeekModulesAndAllocatesAGrader() throws Exception {
        act.publish("""
                {"name":"%s","periodStart":"%s","periodEnd":"%s","timeZone":"Asia/Shanghai","enrollmentCutoff":"%s",
                 "onlinePoints":60,"schoolPoints":40,"totalPoints":100,"passMark":60,"creditedHours":36,
                 "cycleHoursTarget":360,"schoolPlanDeadline":"%s","schoolScoringDeadline":"%s"}""".formatted(
                        term.name(),
                        term.december(5),
                        term.december(31),
                        term.enrollmentCutoff(),
                        term.planDeadline(),
                        term.scoringDeadline()));
        act.schedule(term);

        assertThat(act.modules).hasSize(3);
    }

    @Test
    @Order(2)
    void schoolAHandsInItsPlanAndRosterInTimeAndIsApprovedWhileSchoolBSendsOnlyItsRoster() throws Exception {
        String plan = act.handInPlan(county.schoolA, NoticeSchools.planOfSchoolA(term));
        act.uploadRoster(
                county.schoolA, List.of(roster.get(ON_TIME), roster.get(LATE), roster.get(SILENT), roster.get(EXEMPT)));
        act.uploadRoster(county.schoolB, List.of(roster.get(OTHER_SCHOOL)));

        var approved = gateway.post("/api/plan/school-plans/" + plan + "/approve", act.admin(), "");

        assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
        assertThat(approved.text("status")).isEqualTo("APPROVED");
    }

    @Test
    @Order(3)
    void teachersTakeTheirAccountsAndEnrollBeforeTheCutoffAndTheCountyExemptsOne() throws Exception {
        act.usernames.putAll(county.teacherAccounts(county.schoolA, 4));
        act.usernames.putAll(county.teacherAccounts(county.schoolB, 1));
        for (String teacher : List.of(ON_TIME, LATE, SILENT, OTHER_SCHOOL)) {
            act.enroll(roster.get(teacher));
        }
        // the county finds the teacher on school A's score sheet (opened by the approval) and exempts them
        JsonNode sheet = act.awaitSheet(
                county.schoolA,
                "school A's sheet with 4 rostered teachers, 3 enrolled",
                grid -> grid.path("rows").size() == 4 && enrolled(grid) == 3);
        sheet.path("rows")
                .forEach(r -> teacherKeys.put(
                        r.path("name").asString(), r.path("teacherKey").asString()));

        var exempted = gateway.post("/api/plan/programmes/" + act.programme + "/exemptions", act.admin(), """
                {"teacherKey":"%s","category":"国培送教","evidence":"国培计划送教下乡项目学员名单（县教师进修学校）"}""".formatted(
                        teacherKeys.get(EXEMPT)));

        assertThat(exempted.status()).as(exempted.toString()).isEqualTo(201);
        JsonNode withoutExempt = act.awaitSheet(
                county.schoolA,
                "the exempt teacher off school A's sheet",
                grid -> grid.path("rows").size() == 3);
        assertThat(names(withoutExempt.path("rows"))).containsExactlyInAnyOrder(ON_TIME, LATE, SILENT);
    }

    @Test
    @Order(4)
    void essaysOfTheFirstModuleArriveInItsWeek() throws Exception {
        advanceTo(term.at(10, 20, 30));

        act.submit(Module.TEAM, ON_TIME, "三年内成为学科骨干教师：每学期精读两本专业书籍，每月上一节研究课，积极参与课题研究。");
        act.submit(Module.TEAM, LATE, "我的专业发展规划：第一年站稳讲台，第二年形成教学风格，第三年带好一名新教师。");
        act.submit(Module.TEAM, OTHER_SCHOOL, "立足初中英语课堂，提升听说教学能力，参加城乡联合体教研，争取市级优质课奖项。");
    }

    @Test
    @Order(5)
    void schoolBMissesThePlanDeadlineAndTheSweepCancelsItsSchoolPart() throws Exception {
        advanceTo(term.planDeadline().plusSeconds(5));

        var standings = act.await(
                "the deadline sweep",
                () -> gateway.get("/api/plan/programmes/" + act.programme + "/standings", act.admin()),
                200,
                reply -> reply.json().size() == 1);
        JsonNode cancelled = standings.json().path(0);
        assertThat(cancelled.path("schoolId").asString()).isEqualTo(county.schoolB);
        assertThat(cancelled.path("status").asString()).isEqualTo("CANCELLED");
        assertThat(cancelled.path("missing").toString()).isEqualTo("[\"PLAN\"]");
        var sheets = act.await(
                "school B's sheet cancelled in scoring",
                () -> gateway.get("/api/scoring/programmes/" + act.programme + "/sheets", act.admin()),
                200,
                reply -> reply.raw().contains("CANCELLED"));
        assertThat(row(sheets.json(), "schoolId", county.schoolB).path("status").asString())
                .isEqualTo("CANCELLED");
        assertThat(row(sheets.json(), "schoolId", county.schoolA).path("status").asString())
                .isEqualTo("NOT_STARTED");
    }

    @Test
    @Order(6)
    void theFirstModuleClosesTheSilentTeacherIsMarkedMissingAndTheGradesAreReleased() throws Exception {
        advanceTo(term.at(16, 9, 0));

        act.awaitMissing(Module.TEAM, 1); // 赵默 only: the exempt teacher owes nothing
        act.grade(Module.TEAM, ON_TIME, "优秀", "18.5");
        act.grade(Module.TEAM, LATE, "良好", "16.5");
        act.grade(Module.TEAM, OTHER_SCHOOL, "优秀", "20.0");
        act.release(Module.TEAM);

        act.submit(Module.ETHICS, ON_TIME, "师德师风演讲稿：做学生成长的引路人。一、以身边的故事引题；二、讲三个育人片段；三、结尾发出倡议。");
        act.submit(Module.ETHICS, OTHER_SCHOOL, "演讲稿《以爱育爱》：尊敬的各位老师，今天我想讲一讲班里那个不爱说话的男孩，以及我们一起走过的一年。");
    }

    @Test
    @Order(7)
    void anEssayAfterTheCutoffIsRefusedWithTheChineseMessageAndCountsZero() throws Exception {
        advanceTo(term.due(Module.ETHICS).plusHours(8));

        var late = act.submitOnce(Module.ETHICS, LATE, "迟交的师德师风演讲稿：教育是一棵树摇动另一棵树。");

        assertThat(late.status()).as(late.toString()).isEqualTo(422);
        assertThat(late.isProblem()).isTrue();
        assertThat(late.text("type")).isEqualTo("urn:wangben:problem:deadline-passed");
        assertThat(late.text("detail")).isEqualTo("「师德师风」的作业已于 " + term.shownEndOf(22) + "（北京时间）截止，逾期提交不予接收");
        act.awaitMissing(Module.ETHICS, 2); // 张晚晴 (refused) and 赵默
        act.grade(Module.ETHICS, ON_TIME, "良好", "17.0");
        act.grade(Module.ETHICS, OTHER_SCHOOL, "优秀", "20.0");
        act.release(Module.ETHICS);

        act.submit(Module.IT, ON_TIME, "信息技术与语文融合心得：用交互式白板呈现字理演变，学生识字兴趣明显提高，课堂生成更丰富。");
        act.submit(Module.IT, LATE, "信息技术与数学融合心得：借助几何画板动态演示图形变换，抽象概念变得直观，练习反馈更及时。");
        act.submit(Module.IT, OTHER_SCHOOL, "信息技术与英语融合心得：利用配音软件开展情景对话，学生开口率提升，听说测评数据可追踪。");
    }

    @Test
    @Order(8)
    void schoolARecordsAttendanceScoresByEveryRuleKindAndReportsBeforeTheScoringDeadline() throws Exception {
        advanceTo(term.at(28, 15, 0));
        String adminA = county.token(county.schoolAdmin(county.schoolA));
        String sheet = act.scoring(county.schoolA);
        String a = teacherKeys.get(ON_TIME);
        String b = teacherKeys.get(LATE);
        String c = teacherKeys.get(SILENT);

        var attendance = gateway.put(sheet + "/attendance/activities", adminA, """
                {"activities":[{"number":1,"present":["%s","%s","%s"]},{"number":2,"present":["%s","%s"]},
                               {"number":3,"present":["%s"]}]}""".formatted(a, b, c, a, b, a));
        assertThat(attendance.status()).as(attendance.toString()).isEqualTo(200);
        var filled = gateway.put(sheet + "/sheet/rows", adminA, """
                {"rows":[
                 {"teacherKey":"%s","inputs":{"notes":{"count":1},"ethics":{"counts":{}},"lesson":{"choice":"一档"},
                   "showcase":{"choice":"一级"},"awards":{"counts":{"先进班级":2,"联合体出课":1}},"reading":{"points":18.5}}},
                 {"teacherKey":"%s","inputs":{"notes":{"count":0},"ethics":{"counts":{}},"lesson":{"choice":"一档"},
                   "showcase":{"choice":"一级"},"awards":{"counts":{"联合体出课":1}},"reading":{"points":16.5}}},
                 {"teacherKey":"%s","inputs":{"notes":{"count":12},"ethics":{"counts":{"严重":1}},"lesson":{"choice":"三档"},
                   "showcase":{"choice":"三级"},"awards":{"counts":{"先进班级":12}},"reading":{"points":7.5}}}]}""".formatted(a, b, c));
        assertThat(filled.status()).as(filled.toString()).isEqualTo(200);

        JsonNode rows = NoticeJson.exact(filled).path("rows");
        // 20 (3 of 3 attended) + 9 + 10 + 20 + 10 + 7 + 18.5 = 94.5 of 100 → 37.8 of 40
        assertSchoolScore(row(rows, ON_TIME), "94.5", "37.8");
        // 13.3 (2 of 3) + 10 + 10 + 20 + 10 + 5 + 16.5 = 84.8 → 33.92 → 33.9
        assertSchoolScore(row(rows, LATE), "84.8", "33.9");
        // 6.7 (1 of 3) + 0 (12 notes missing, floor 0) + 0 (severe) + 10 + 5 + 10 (cap) + 7.5 = 39.2 → 15.68 → 15.7
        assertSchoolScore(row(rows, SILENT), "39.2", "15.7");

        var reported = gateway.post(sheet + "/sheet/report", adminA, "");
        assertThat(reported.status()).as(reported.toString()).isEqualTo(200);
        assertThat(reported.text("status")).isEqualTo("REPORTED");
        var locked = gateway.put(sheet + "/sheet/rows", adminA, """
                {"rows":[{"teacherKey":"%s","inputs":{"lesson":{"choice":"一档"}}}]}""".formatted(c));
        assertThat(locked.status()).isEqualTo(409);
        assertThat(locked.text("detail")).contains("请提交更正申请");
    }

    @Test
    @Order(9)
    void theLastModuleClosesAndItsGradesAreReleased() throws Exception {
        advanceTo(term.at(30, 9, 0));

        act.awaitMissing(Module.IT, 1);
        act.grade(Module.IT, ON_TIME, "优秀", "19.0");
        act.grade(Module.IT, LATE, "良好", "15.0");
        act.grade(Module.IT, OTHER_SCHOOL, "优秀", "20.0");
        act.release(Module.IT);
    }

    @Test
    @Order(10)
    void theCountyFinalizesTotalsPassAtTheMarkAndCreditsThirtySixHours() throws Exception {
        String finalization = "/api/scoring/programmes/" + act.programme + "/finalization";
        act.await(
                "nothing missing for finalization (every release and the report reached scoring)",
                () -> gateway.get(finalization, act.admin()),
                200,
                reply -> reply.json().path("missing").isEmpty());

        var finalized = gateway.post(finalization, act.admin(), "{}");

        assertThat(finalized.status()).as(finalized.toString()).isEqualTo(200);
        assertThat(finalized.text("state")).isEqualTo("COMPLETED");
        assertThat(finalized.json().path("trainees").asInt()).isEqualTo(5); // exempt included
        assertThat(finalized.json().path("passed").asInt()).isEqualTo(3);
        assertThat(finalized.json().path("exempt").asInt()).isEqualTo(1);
        JsonNode results = act.results();
        assertThat(results.path("status").asString()).isEqualTo("FINAL");
        JsonNode rows = results.path("results");
        assertThat(names(rows)).containsExactlyInAnyOrder(ON_TIME, LATE, SILENT, EXEMPT, OTHER_SCHOOL);
        // 18.5 + 17.0 + 19.0 online, 37.8 school
        assertResult(row(rows, ON_TIME), "54.5", "37.8", "REPORTED", "92.3", true, 36);
        // 16.5 + 0 (refused late) + 15.0 online, 33.9 school
        assertResult(row(rows, LATE), "31.5", "33.9", "REPORTED", "65.4", true, 36);
        assertThat(outcomes(row(rows, LATE))).containsExactly("SCORED 16.5", "MISSED 0.0", "SCORED 15.0");
        // never submitted: three missing essays at 0, only the school part counts
        assertResult(row(rows, SILENT), "0.0", "15.7", "REPORTED", "15.7", false, 0);
        assertThat(outcomes(row(rows, SILENT))).containsExactly("MISSED 0.0", "MISSED 0.0", "MISSED 0.0");
        // school B was cancelled: school part 0 with the reason; 60.0 online alone is exactly the pass mark
        assertResult(row(rows, OTHER_SCHOOL), "60.0", "0.0", "CANCELLED", "60.0", true, 36);
        assertThat(row(rows, OTHER_SCHOOL).path("schoolReason").asString()).isEqualTo(CANCELLED_REASON);
        JsonNode exempt = row(rows, EXEMPT);
        assertThat(exempt.path("status").asString()).isEqualTo("EXEMPT");
        assertThat(exempt.path("exemption").asString()).isEqualTo("国培送教");
        assertThat(exempt.path("passed").asBoolean()).isFalse();
        assertThat(exempt.path("totalPoints").isNull()).isTrue();
        assertThat(exempt.path("certificateCode").isNull()).isTrue();

        for (String teacher : List.of(ON_TIME, LATE, OTHER_SCHOOL, SILENT)) {
            int credited = row(rows, teacher).path("creditedHours").asInt();
            var hours = act.await(
                    teacher + "'s hours record credited from TraineeResultFinalized",
                    () -> gateway.get(
                            "/api/plan/programmes/" + act.programme + "/hours/mine", act.teacherToken(teacher)),
                    200,
                    reply -> reply.json().path("entries").size() == 1);
            JsonNode entry = hours.json().path("entries").path(0);
            assertThat(hours.json().path("total").asInt()).as(teacher).isEqualTo(credited);
            assertThat(entry.path("source").asString()).isEqualTo("CREDITED");
            assertThat(entry.path("hours").asInt()).as(teacher).isEqualTo(credited);
        }
    }

    @Test
    @Order(11)
    void everyCertificateIsVerifiableByAnyoneWithNothingPersonalBeyondNameAndResult() throws Exception {
        JsonNode rows = act.results().path("results");
        for (String teacher : List.of(ON_TIME, LATE, OTHER_SCHOOL)) {
            JsonNode result = row(rows, teacher);
            String code = result.path("certificateCode").asString();
            assertThat(code).as(teacher).hasSize(16);

            var verified = gateway.get("/api/scoring/public/certificates/" + code.toLowerCase(), null);

            assertThat(verified.status()).as(verified.toString()).isEqualTo(200);
            JsonNode certificate = NoticeJson.exact(verified);
            assertThat(fieldNames(certificate))
                    .containsExactlyInAnyOrder("name", "programme", "result", "totalPoints", "hours", "issuedAt");
            assertThat(certificate.path("name").asString()).isEqualTo(teacher);
            assertThat(certificate.path("programme").asString()).isEqualTo(term.name());
            assertThat(certificate.path("result").asString()).isEqualTo("合格");
            assertThat(points(certificate, "totalPoints")).isEqualTo(points(result, "totalPoints"));
            assertThat(certificate.path("hours").asInt()).isEqualTo(36);
            Teacher person = roster.get(teacher);
            assertThat(verified.raw())
                    .doesNotContain(person.idNumber(), person.phone(), county.schoolA, county.schoolB);

            var pdf =
                    gateway.get("/api/scoring/programmes/" + act.programme + "/certificate", act.teacherToken(teacher));
            assertThat(pdf.status()).isEqualTo(200);
            assertThat(pdf.contentType()).startsWith("application/pdf");
        }
        assertThat(gateway.get("/api/scoring/public/certificates/0000000000000000", null)
                        .status())
                .isEqualTo(404);
        var failed = gateway.get("/api/scoring/programmes/" + act.programme + "/certificate", act.teacherToken(SILENT));
        assertThat(failed.status()).isEqualTo(409);
        assertThat(failed.text("detail")).isEqualTo("考核未合格，没有培训合格证书");
    }

    @Test
    @Order(12)
    void theCountyDashboardShowsTheFinalPassRateAndHours() throws Exception {
        var dashboard = act.await(
                "FINAL results on the county dashboard",
                () -> gateway.get(
                        "/api/scoring/dashboards/counties/" + county.id + "?programmeId=" + act.programme, act.admin()),
                200,
                reply -> reply.raw().contains("\"status\":\"FINAL\""));

        JsonNode programme = row(NoticeJson.exact(dashboard).path("programmes"), "programmeId", act.programme);
        assertThat(programme.path("enrolled").asInt()).isEqualTo(4);
        assertThat(programme.path("exempt").asInt()).isEqualTo(1);
        JsonNode results = programme.path("results");
        assertThat(results.path("status").asString()).isEqualTo("FINAL");
        assertThat(results.path("trainees").asInt()).isEqualTo(4); // the exempt teacher is not in the pass rate
        assertThat(results.path("passed").asInt()).isEqualTo(3);
        assertThat(points(results, "passRate")).isEqualTo("75.0");
        assertThat(results.path("hoursCredited").asInt()).isEqualTo(108);
    }

    private static void assertSchoolScore(JsonNode row, String raw, String scaled) {
        String who = row.path("name").asString();
        assertThat(row.path("complete").asBoolean()).as(who).isTrue();
        assertThat(points(row, "rawTotal")).as(who).isEqualTo(raw);
        assertThat(points(row, "schoolScore")).as(who).isEqualTo(scaled);
    }

    private static void assertResult(
            JsonNode row, String online, String school, String schoolStatus, String total, boolean passed, int hours) {
        String who = row.path("name").asString();
        assertThat(row.path("status").asString()).as(who).isEqualTo("FINAL");
        assertThat(row.path("complete").asBoolean()).as(who).isTrue();
        assertThat(points(row, "onlinePoints")).as(who).isEqualTo(online);
        assertThat(points(row, "schoolPoints")).as(who).isEqualTo(school);
        assertThat(row.path("schoolStatus").asString()).as(who).isEqualTo(schoolStatus);
        assertThat(points(row, "totalPoints")).as(who).isEqualTo(total);
        assertThat(row.path("passed").asBoolean()).as(who).isEqualTo(passed);
        assertThat(row.path("creditedHours").asInt()).as(who).isEqualTo(hours);
    }

    private static int enrolled(JsonNode grid) {
        int enrolled = 0;
        for (JsonNode row : grid.path("rows")) {
            enrolled += row.path("enrolled").asBoolean() ? 1 : 0;
        }
        return enrolled;
    }

    private static void advanceTo(OffsetDateTime at) throws Exception {
        clock.advanceTo(at.toInstant());
    }
}
