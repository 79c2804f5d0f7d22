package cn.wangben.scoring.export;

import static cn.wangben.scoring.export.Trainees.cancelled;
import static cn.wangben.scoring.export.Trainees.exempt;
import static cn.wangben.scoring.export.Trainees.scored;
import static cn.wangben.scoring.export.Trainees.waiting;
import static org.assertj.core.api.Assertions.assertThat;

import cn.wangben.contracts.ids.ModuleId;
import cn.wangben.scoring.results.ModuleOutcome;
import cn.wangben.scoring.results.ModuleResult;
import cn.wangben.scoring.results.TraineeResult;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResultLinesTest {
    private static final Map<ModuleId, String> COLUMNS = ResultLines.columns(Trainees.modules(), List.of());

    @Test
    void aPassedTraineeShowsExactOnePlaceScoresAndIsProvisionalUntilFinalized() {
        ResultLine line = ResultLines.of(
                scored("ka", "李文", "s1", "32.6", "18.0", "17.5", "19.0"), COLUMNS, "330102********1234", "青山县第一中学");
        assertThat(line.modules())
                .extracting(ModuleCell::score)
                .containsExactly(new BigDecimal("18.0"), new BigDecimal("17.5"), new BigDecimal("19.0"));
        assertThat(List.of(line.onlinePoints(), line.schoolPoints(), line.totalPoints()))
                .containsExactly(new BigDecimal("54.5"), new BigDecimal("32.6"), new BigDecimal("87.1"));
        assertThat(List.of(line.verdict(), line.state(), line.maskedId(), line.school()))
                .containsExactly("合格", "临时", "330102********1234", "青山县第一中学");
        assertThat(line.creditedHours()).isEqualTo(36);
        assertThat(line.remarks()).isEmpty();

        TraineeResult frozen =
                scored("ka", "李文", "s1", "32.6", "18.0", "17.5", "19.0").finalizedWith("CODE");
        assertThat(ResultLines.of(frozen, COLUMNS, null, "青山县第一中学").state()).isEqualTo("已定");
    }

    @Test
    void aMissedEssayCountsZeroAndIsNamedInTheRemarks() {
        ResultLine line = ResultLines.of(scored("kb", "王芳", "s1", "38.8", "6.0", "-", "8.0"), COLUMNS, null, "一中");
        assertThat(line.modules().get(1).score()).isEqualByComparingTo("0.0");
        assertThat(line.totalPoints()).isEqualTo(new BigDecimal("52.8"));
        assertThat(line.verdict()).isEqualTo("不合格");
        assertThat(line.creditedHours()).isZero();
        assertThat(line.remarks()).isEqualTo("师德师风缺交记0分");
    }

    @Test
    void anExemptTeacherHasNoScoresIsMarkedExemptAndNeverFailing() {
        ResultLine line = ResultLines.of(exempt("kx", "刘洋", "s1", "国培送教"), COLUMNS, "330102********0001", "一中");
        assertThat(line.modules()).containsOnly(ModuleCell.EMPTY).hasSize(3);
        assertThat(line.totalPoints()).isNull();
        assertThat(List.of(line.verdict(), line.remarks())).containsExactly("免修", "免修：国培送教");
    }

    @Test
    void aCancelledSchoolGivesZeroWithItsReason() {
        ResultLine line = ResultLines.of(cancelled("kc", "陈静", "s2", "20.0", "20.0", "20.0"), COLUMNS, null, "二小");
        assertThat(line.schoolPoints()).isEqualTo(new BigDecimal("0.0"));
        assertThat(line.verdict()).isEqualTo("合格");
        assertThat(line.remarks()).isEqualTo("学校已取消校本研修：逾期未提交计划或名册，校本研修按取消处理");
    }

    @Test
    void aModuleWithoutAScoreSaysWhyAndAnUnscoredSchoolPartIsNoted() {
        assertThat(List.of(
                                ModuleOutcome.AWAITING_RELEASE,
                                ModuleOutcome.AWAITING_GRADE,
                                ModuleOutcome.NOT_GRADED,
                                ModuleOutcome.PENDING)
                        .stream()
                        .map(o -> ResultLines.of(waiting("kw", "张伟", "s1", o), COLUMNS, null, "一中"))
                        .map(l -> l.modules().get(2).label() + "/" + l.remarks())
                        .toList())
                .containsExactly("待发布/校本研修尚未评分", "待评分/校本研修尚未评分", "未评分/校本研修尚未评分", "未提交/校本研修尚未评分");
    }

    @Test
    void aModuleOnlyTheRowsNameIsAddedAfterTheProgrammesModules() {
        TraineeResult r = scored("ka", "李文", "s1", "30.0", "18.0", "17.5", "19.0");
        List<ModuleResult> modules = new ArrayList<>(r.modules());
        modules.add(new ModuleResult(ModuleId.of("m9"), null, ModuleOutcome.PENDING, null));
        TraineeResult extra = new TraineeResult(
                r.teacherKey(),
                r.teacherId(),
                r.name(),
                r.school(),
                null,
                modules,
                r.onlinePoints(),
                r.schoolPoints(),
                r.schoolStatus(),
                null,
                r.totalPoints(),
                true,
                36,
                false,
                false,
                null);
        assertThat(ResultLines.columns(Trainees.modules(), List.of(extra)).values())
                .containsExactly("队伍建设", "师德师风", "信息技术", "m9");
    }

    @Test
    void theSummaryLeavesExemptTeachersOutOfTraineesPassRateAndAverage() {
        List<ResultLine> lines = List.of(
                ResultLines.of(scored("ka", "李文", "s1", "32.6", "18.0", "17.5", "19.0"), COLUMNS, null, "一中"),
                ResultLines.of(scored("kb", "王芳", "s1", "38.8", "6.0", "-", "8.0"), COLUMNS, null, "一中"),
                ResultLines.of(exempt("kx", "刘洋", "s1", "国培送教"), COLUMNS, null, "一中"));
        SchoolSummary s = SchoolSummary.of("一中", lines);
        assertThat(List.of(s.trainees(), s.exempt(), s.passed(), s.certified())).containsExactly(2, 1, 1, 1);
        assertThat(s.passRate()).isEqualTo(new BigDecimal("50.0"));
        assertThat(s.average()).isEqualTo(new BigDecimal("70.0")); // (87.1 + 52.8) / 2 = 69.95, HALF_UP

        SchoolSummary none = SchoolSummary.of("空", List.of());
        assertThat(none.passRate()).isNull();
        assertThat(none.average()).isNull();
    }
}
