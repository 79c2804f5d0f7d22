package cn.wangben.scoring.export;

import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.ModuleId;
import cn.wangben.contracts.ids.ProgrammeId;
import cn.wangben.contracts.ids.SchoolId;
import cn.wangben.contracts.ids.TeacherId;
import cn.wangben.scoring.results.ModuleOutcome;
import cn.wangben.scoring.results.ModuleResult;
import cn.wangben.scoring.results.OnlineModule;
import cn.wangben.scoring.results.ProgrammeSettings;
import cn.wangben.scoring.results.TraineeResult;
import cn.wangben.scoring.schoolscore.PartStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** Results as the projection holds them, for the export's unit tests: three modules of 20 points, pass at 60. */
public final class Trainees {
    public static final String[] TITLES = {"队伍建设", "师德师风", "信息技术"};
    public static final CountyId COUNTY = CountyId.of("qingshan");
    public static final ProgrammeId PROGRAMME = ProgrammeId.of("p2026");
    public static final ProgrammeSettings SETTINGS = new ProgrammeSettings(
            COUNTY,
            PROGRAMME,
            "2026-2027第一学期教师网本研修",
            ZoneId.of("Asia/Shanghai"),
            60,
            40,
            60,
            36,
            Instant.parse("2026-12-13T16:00:00Z"),
            Instant.parse("2026-12-29T16:00:00Z"),
            0);

    private Trainees() {}

    public static ModuleId module(int n) {
        return ModuleId.of("m" + n);
    }

    public static List<OnlineModule> modules() {
        List<OnlineModule> modules = new ArrayList<>();
        for (int m = 1; m <= 3; m++) {
            Instant due = Instant.parse("2026-12-15T16:00:00Z").plusSeconds(604_800L * (m - 1));
            modules.add(new OnlineModule(
                    COUNTY, PROGRAMME, module(m), TITLES[m - 1], due.minusSeconds(604_800), due, 20, due));
        }
        return modules;
    }

    /** A trainee whose three module scores are given ("-" for a missed essay), with the school part. */
    public static TraineeResult scored(String key, String name, String school, String schoolPoints, String... scores) {
        List<ModuleResult> modules = new ArrayList<>();
        BigDecimal online = new BigDecimal("0.0");
        for (int m = 0; m < scores.length; m++) {
            boolean missed = "-".equals(scores[m]);
            BigDecimal score = missed ? new BigDecimal("0.0") : new BigDecimal(scores[m]);
            modules.add(new ModuleResult(
                    module(m + 1), TITLES[m], missed ? ModuleOutcome.MISSED : ModuleOutcome.SCORED, score));
            online = online.add(score);
        }
        BigDecimal part = schoolPoints == null ? null : new BigDecimal(schoolPoints);
        BigDecimal total = online.add(part == null ? BigDecimal.ZERO : part);
        boolean passed = total.compareTo(BigDecimal.valueOf(60)) >= 0;
        return new TraineeResult(
                key,
                TeacherId.of("t-" + key),
                name,
                SchoolId.of(school),
                null,
                modules,
                online,
                part,
                part == null ? null : PartStatus.REPORTED,
                null,
                total,
                passed,
                passed ? 36 : 0,
                true,
                false,
                null);
    }

    public static TraineeResult cancelled(String key, String name, String school, String... scores) {
        TraineeResult r = scored(key, name, school, "0.0", scores);
        return new TraineeResult(
                r.teacherKey(),
                r.teacherId(),
                r.name(),
                r.school(),
                null,
                r.modules(),
                r.onlinePoints(),
                r.schoolPoints(),
                PartStatus.CANCELLED,
                "逾期未提交计划或名册，校本研修按取消处理",
                r.totalPoints(),
                r.passed(),
                r.creditedHours(),
                true,
                false,
                null);
    }

    public static TraineeResult exempt(String key, String name, String school, String category) {
        return new TraineeResult(
                key,
                TeacherId.of("t-" + key),
                name,
                SchoolId.of(school),
                category,
                List.of(),
                null,
                null,
                null,
                null,
                null,
                false,
                0,
                true,
                false,
                null);
    }

    /** One module still waiting: the other outcomes without a score. */
    public static TraineeResult waiting(String key, String name, String school, ModuleOutcome outcome) {
        TraineeResult r = scored(key, name, school, null, "15.0", "16.0");
        List<ModuleResult> modules = new ArrayList<>(r.modules());
        modules.add(new ModuleResult(module(3), TITLES[2], outcome, null));
        return new TraineeResult(
                r.teacherKey(),
                r.teacherId(),
                r.name(),
                r.school(),
                null,
                modules,
                r.onlinePoints(),
                null,
                null,
                null,
                r.totalPoints(),
                false,
                0,
                false,
                false,
                null);
    }
}
