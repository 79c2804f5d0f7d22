package cn.wangben.scoring.results;

import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.ModuleId;
import cn.wangben.contracts.ids.ProgrammeId;
import cn.wangben.contracts.ids.SchoolId;
import cn.wangben.contracts.ids.TeacherId;
import cn.wangben.scoring.facts.Trainee;
import cn.wangben.scoring.schoolscore.PartStatus;
import cn.wangben.scoring.schoolscore.SheetStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The notice's programme (60 online in 3 × 20, 40 school, pass 60, 36 学时) and one school, built up by a test. */
final class Scenario {
    static final CountyId COUNTY = CountyId.of("qingshan");
    static final ProgrammeId PROGRAMME = ProgrammeId.of("p2026");
    static final SchoolId SCHOOL = SchoolId.of("s1");
    static final Instant DUE_1 = Instant.parse("2026-12-15T16:00:00Z");
    static final Instant DUE_2 = Instant.parse("2026-12-22T16:00:00Z");
    static final Instant DUE_3 = Instant.parse("2026-12-29T16:00:00Z");
    static final ProgrammeSettings SETTINGS = new ProgrammeSettings(
            COUNTY,
            PROGRAMME,
            "2026-2027第一学期教师网本研修",
            ZoneId.of("Asia/Shanghai"),
            60,
            40,
            60,
            36,
            Instant.parse("2026-12-13T16:00:00Z"),
            DUE_3,
            0);

    final List<OnlineModule> modules = new ArrayList<>();
    final Map<String, Trainee> trainees = new LinkedHashMap<>();
    final Map<TeacherId, Map<ModuleId, ModuleWork>> work = new LinkedHashMap<>();
    final Map<String, SchoolScore> parts = new HashMap<>();
    SheetState sheet;
    SchoolSetup setup = SchoolSetup.none();
    List<TraineeResult> finals = List.of();

    static ModuleId module(int n) {
        return ModuleId.of("m" + n);
    }

    Scenario notice(boolean released) {
        String[] titles = {"队伍建设", "师德师风", "信息技术"};
        Instant[] due = {DUE_1, DUE_2, DUE_3};
        for (int i = 0; i < titles.length; i++) {
            modules.add(new OnlineModule(
                    COUNTY,
                    PROGRAMME,
                    module(i + 1),
                    titles[i],
                    due[i].minusSeconds(604_800),
                    due[i],
                    20,
                    released ? due[i].plusSeconds(86_400) : null));
        }
        return this;
    }

    Scenario enrolled(String key, String account) {
        trainees.put(key, new Trainee(key, SCHOOL, TeacherId.of(account), null));
        return this;
    }

    Scenario exempt(String key) {
        trainees.put(key, new Trainee(key, SCHOOL, null, "国培送教"));
        return this;
    }

    Scenario graded(String account, int module, String score, String band, Instant submittedAt) {
        put(account, new ModuleWork(module(module), submittedAt, 1, new Grade(band, new BigDecimal(score), 1), null));
        return this;
    }

    Scenario submitted(String account, int module, Instant submittedAt) {
        put(account, new ModuleWork(module(module), submittedAt, 1, null, null));
        return this;
    }

    Scenario missed(String account, int module) {
        put(
                account,
                new ModuleWork(
                        module(module), null, 0, null, modules.get(module - 1).dueAt()));
        return this;
    }

    Scenario school(String key, String points, PartStatus status) {
        parts.put(key, new SchoolScore(key, "学员" + key, new BigDecimal(points), status, null));
        return this;
    }

    Scenario reported() {
        sheet = new SheetState(SheetStatus.REPORTED, parts.size(), parts.size(), DUE_3.minusSeconds(3600), null);
        return this;
    }

    SchoolInputs inputs() {
        List<OnlineWork> online = new ArrayList<>();
        work.forEach((account, modules) -> online.add(new OnlineWork(account, SCHOOL, modules)));
        return new SchoolInputs(
                COUNTY, PROGRAMME, SCHOOL, SETTINGS, modules, trainees, online, parts, Map.of(), sheet, setup, finals);
    }

    SchoolBoard board() {
        return ResultCalculator.board(inputs());
    }

    TraineeResult row(String key) {
        return board().rows().stream()
                .filter(r -> r.teacherKey().equals(key))
                .findFirst()
                .orElseThrow();
    }

    private void put(String account, ModuleWork w) {
        work.computeIfAbsent(TeacherId.of(account), a -> new LinkedHashMap<>()).put(w.module(), w);
    }
}
