package cn.wangben.scoring.schoolscore;

import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.ProgrammeId;
import cn.wangben.contracts.ids.SchoolId;
import cn.wangben.contracts.ids.TeacherId;
import cn.wangben.platform.domain.Caller;
import cn.wangben.platform.domain.Role;
import cn.wangben.scoring.facts.ApprovedPlan;
import cn.wangben.scoring.facts.ProgrammeTerms;
import cn.wangben.scoring.facts.Roster;
import cn.wangben.scoring.facts.Trainee;
import cn.wangben.testinfra.MutableClock;
import java.io.InputStream;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The desks wired to in-memory ports: programme p1 of county qingshan, school s1 with an approved 100-point plan and
 * trainees 李文 (ka, enrolled as t-a) and 王芳 (kb).
 */
final class Desks {
    static final CountyId COUNTY = CountyId.of("qingshan");
    static final ProgrammeId PROGRAMME = ProgrammeId.of("p1");
    static final SchoolId SCHOOL = SchoolId.of("s1");

    final InMemory.Facts facts = new InMemory.Facts();
    final InMemory.Sheets sheets = new InMemory.Sheets();
    final InMemory.Board board = new InMemory.Board();
    final MutableClock clock = new MutableClock(Instant.parse("2026-12-20T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
    final SheetCases cases = new SheetCases(facts, sheets);
    final SheetProjector projector = new SheetProjector(cases, board, clock);
    final SheetDesk sheet = new SheetDesk(cases, sheets, projector, new NoWorkbooks(), clock);
    final AttendanceDesk attendance = new AttendanceDesk(cases, sheets, projector, clock);
    final CorrectionDesk corrections = new CorrectionDesk(cases, sheets, projector, clock);
    final OverviewDesk overview = new OverviewDesk(facts, board);
    final ScoringDeadlineSweep sweep = new ScoringDeadlineSweep(facts, cases, sheets, projector);

    Desks() {
        facts.programme = new ProgrammeTerms(COUNTY, PROGRAMME, "2026-2027第一学期教师网本研修", 40, SchoolFixtures.DEADLINE, 0);
        approvePlan(SCHOOL);
        facts.rosters.put(
                SCHOOL,
                new Roster(
                        "r1", 1, 1, List.of(SchoolFixtures.teacher("ka", "李文"), SchoolFixtures.teacher("kb", "王芳"))));
        facts.trainees.put("ka", new Trainee("ka", SCHOOL, TeacherId.of("t-a"), null));
    }

    void approvePlan(SchoolId school) {
        facts.plans.put(
                school,
                new ApprovedPlan(
                        COUNTY,
                        PROGRAMME,
                        school,
                        "plan-" + school,
                        SchoolFixtures.hundredPointRubric(),
                        SchoolFixtures.activities(),
                        Instant.parse("2026-12-10T00:00:00Z")));
    }

    static Caller schoolAdmin(String school) {
        return new Caller(
                "u-" + school, "admin-" + school, COUNTY, SchoolId.of(school), Set.of(Role.SCHOOL_ADMIN), Set.of());
    }

    static Caller countyAdmin(String county) {
        return new Caller(
                "u-" + county, "county-" + county, CountyId.of(county), null, Set.of(Role.COUNTY_ADMIN), Set.of());
    }

    static Caller teacher(String id) {
        return new Caller(id, id, COUNTY, SCHOOL, Set.of(Role.TEACHER), Set.of());
    }

    /** Attendance: 李文 at activities 1 and 3, 王芳 at all three. */
    void recordAttendance() {
        attendance.recordActivities(
                schoolAdmin("s1"),
                PROGRAMME,
                SCHOOL,
                List.of(
                        new ActivityPresence(1, List.of("ka", "kb")),
                        new ActivityPresence(2, List.of("kb")),
                        new ActivityPresence(3, List.of("ka", "kb"))));
    }

    /** Everything entered: 李文 29.9, 王芳 38.8. */
    Grid fillIn() {
        recordAttendance();
        return sheet.enter(
                schoolAdmin("s1"),
                PROGRAMME,
                SCHOOL,
                List.of(
                        RowChange.ofRequest(0, "ka", SchoolFixtures.entriesOfA()),
                        RowChange.ofRequest(1, "kb", SchoolFixtures.entriesOfB())));
    }

    Map<String, ItemEntry> storedEntries(String teacherKey) {
        return sheets.stored.get(SCHOOL).entriesOf(teacherKey);
    }

    private static final class NoWorkbooks implements SheetWorkbooks {
        @Override
        public byte[] write(Grid grid) {
            throw new UnsupportedOperationException("workbooks are tested in the xlsx package");
        }

        @Override
        public UploadedSheet read(InputStream in, Grid grid) {
            throw new UnsupportedOperationException("workbooks are tested in the xlsx package");
        }
    }
}
