package cn.wangben.scoring.results;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.ModuleId;
import cn.wangben.contracts.ids.ProgrammeId;
import cn.wangben.contracts.ids.SchoolId;
import cn.wangben.contracts.ids.TeacherId;
import cn.wangben.scoring.facts.Trainee;
import cn.wangben.scoring.schoolscore.PartStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CounterProjectorTest {
    private static final CountyId COUNTY = CountyId.of("c1");
    private static final ProgrammeId PROGRAMME = ProgrammeId.of("p1");
    private static final SchoolId SCHOOL = SchoolId.of("s1");
    private static final Instant DUE = Instant.parse("2019-12-15T16:00:00Z");
    private static final ModuleId M1 = ModuleId.of("m1");
    private static final ModuleId M2 = ModuleId.of("m2");
    private static final ModuleId UNSCHEDULED = ModuleId.of("m9");

    private final CounterProjector.Context context = new CounterProjector.Context(
            COUNTY,
            PROGRAMME,
            new ProgrammeSettings(COUNTY, PROGRAMME, "p", ZoneId.of("Asia/Shanghai"), 60, 40, 60, 36, DUE, DUE, 0),
            List.of(module(M1, DUE), module(M2, DUE.plusSeconds(86_400))));

    @Test
    void aSchoolCountedAtOnceAddsWhatEachOfItsTraineesAddsAlone() {
        List<Trainee> trainees = List.of(
                trainee("k1", "t1", null),
                trainee("k2", "t2", null),
                trainee("k3", null, null),
                trainee("k4", "t4", "国培送教"),
                trainee("k5", "t5", null),
                trainee("k6", "t6", null));
        Map<TeacherId, OnlineWork> work = new HashMap<>();
        work.put(TeacherId.of("t1"), work("t1", graded(M1, "20.0"), graded(M2, "20.0")));
        work.put(TeacherId.of("t2"), work("t2", graded(M1, "10.0"), missed(M2)));
        work.put(TeacherId.of("t4"), work("t4", graded(M1, "18.0")));
        // work in a module the programme has not scheduled: its own board lists that module, no other trainee's does
        work.put(TeacherId.of("t5"), work("t5", graded(M1, "20.0"), graded(M2, "20.0"), graded(UNSCHEDULED, "20.0")));
        Map<String, SchoolScore> parts = Map.of(
                "k1", part("k1", "25.0", PartStatus.REPORTED),
                "k2", part("k2", "40.0", PartStatus.REPORTED),
                "k5", part("k5", "30.0", PartStatus.REPORTED),
                "k6", part("k6", "39.0", PartStatus.PROVISIONAL));
        SchoolSetup setup = SchoolSetup.none();

        List<TraineeCount> together = CounterProjector.traineeCounts(context, SCHOOL, trainees, work, parts, setup);

        List<TraineeCount> alone = trainees.stream()
                .map(t -> CounterProjector.traineeCount(
                        context,
                        t,
                        Optional.ofNullable(t.teacherId() == null ? null : work.get(t.teacherId())),
                        parts.get(t.teacherKey()),
                        setup))
                .toList();
        assertThat(together).isEqualTo(alone);
        assertThat(together.get(0)).isEqualTo(new TraineeCount(SCHOOL, 1, 0, 1, 1, 1, 36));
        assertThat(together.get(1)).isEqualTo(new TraineeCount(SCHOOL, 1, 0, 1, 1, 0, 0));
        assertThat(together.get(2)).isEqualTo(new TraineeCount(SCHOOL, 0, 0, 1, 0, 0, 0));
        assertThat(together.get(3)).isEqualTo(new TraineeCount(SCHOOL, 0, 1, 0, 0, 0, 0));
        // the unscheduled module is pending for t5 alone, so its result is not complete; k1's with the same work is
        assertThat(together.get(4)).isEqualTo(new TraineeCount(SCHOOL, 1, 0, 1, 0, 1, 36));
    }

    @Test
    void aCancelledSchoolsTraineesWithoutAPartCountAsCompleteWhenTheirModulesCount() {
        List<Trainee> trainees = List.of(trainee("k1", "t1", null), trainee("k2", "t2", null));
        Map<TeacherId, OnlineWork> work = Map.of(
                TeacherId.of("t1"), work("t1", graded(M1, "20.0"), graded(M2, "20.0")),
                TeacherId.of("t2"), work("t2", graded(M1, "20.0")));
        SchoolSetup cancelled = new SchoolSetup(PlanStatus.NONE, null, null, null, 0, true, List.of("PLAN"));

        List<TraineeCount> together =
                CounterProjector.traineeCounts(context, SCHOOL, trainees, work, Map.of(), cancelled);

        assertThat(together)
                .containsExactly(
                        CounterProjector.traineeCount(
                                context, trainees.get(0), Optional.of(work.get(TeacherId.of("t1"))), null, cancelled),
                        CounterProjector.traineeCount(
                                context, trainees.get(1), Optional.of(work.get(TeacherId.of("t2"))), null, cancelled));
        assertThat(together.get(0)).isEqualTo(new TraineeCount(SCHOOL, 1, 0, 1, 1, 0, 0));
        assertThat(together.get(1)).isEqualTo(new TraineeCount(SCHOOL, 1, 0, 1, 0, 0, 0));
    }

    private static OnlineModule module(ModuleId id, Instant due) {
        return new OnlineModule(COUNTY, PROGRAMME, id, id.value(), due.minusSeconds(604_800), due, 20, due);
    }

    private static Trainee trainee(String key, String teacher, String exemption) {
        return new Trainee(key, SCHOOL, teacher == null ? null : TeacherId.of(teacher), exemption);
    }

    private static OnlineWork work(String teacher, ModuleWork... done) {
        Map<ModuleId, ModuleWork> modules = new HashMap<>();
        for (ModuleWork w : done) {
            modules.put(w.module(), w);
        }
        return new OnlineWork(TeacherId.of(teacher), SCHOOL, modules);
    }

    private static ModuleWork graded(ModuleId module, String score) {
        return new ModuleWork(module, DUE.minusSeconds(3600), 1, new Grade("优秀", new BigDecimal(score), 1), null);
    }

    private static ModuleWork missed(ModuleId module) {
        return new ModuleWork(module, null, 0, null, DUE);
    }

    private static SchoolScore part(String key, String points, PartStatus status) {
        return new SchoolScore(key, null, new BigDecimal(points), status, null);
    }
}
