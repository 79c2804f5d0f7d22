package cn.wangben.scoring.schoolscore;

import static cn.wangben.scoring.schoolscore.Desks.COUNTY;
import static cn.wangben.scoring.schoolscore.Desks.PROGRAMME;
import static cn.wangben.scoring.schoolscore.Desks.SCHOOL;
import static cn.wangben.scoring.schoolscore.Desks.countyAdmin;
import static cn.wangben.scoring.schoolscore.Desks.schoolAdmin;
import static cn.wangben.scoring.schoolscore.Desks.teacher;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.wangben.contracts.ids.SchoolId;
import cn.wangben.platform.domain.DomainException;
import cn.wangben.scoring.facts.Roster;
import cn.wangben.scoring.facts.SchoolStanding;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class OverviewAndSweepTest {
    private static final SchoolId LATE = SchoolId.of("s2");
    private static final SchoolId CANCELLED = SchoolId.of("s3");
    private final Desks desks = new Desks();

    @Test
    void aTeacherSeesTheirSchoolPartOnlyOnceTheSheetIsReported() {
        desks.fillIn();
        assertThatThrownBy(() -> desks.overview.myPart(teacher("t-a"), PROGRAMME))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.code()).isEqualTo("sheet-not-reported"))
                .hasMessage("学校尚未上报您的校本研修成绩，上报后即可查看");

        desks.sheet.report(schoolAdmin("s1"), PROGRAMME, SCHOOL);

        SchoolPart mine = desks.overview.myPart(teacher("t-a"), PROGRAMME);
        assertThat(mine.points()).isEqualTo(new BigDecimal("29.9"));
        assertThat(mine.status()).isEqualTo(PartStatus.REPORTED);
        assertThatThrownBy(() -> desks.overview.myPart(teacher("t-unknown"), PROGRAMME))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.NOT_FOUND));
    }

    @Test
    void theSweepFlagsUnreportedSheetsOncePastTheDeadlineButNeitherReportedNorCancelledOnes() {
        desks.fillIn();
        desks.sheet.report(schoolAdmin("s1"), PROGRAMME, SCHOOL);
        desks.approvePlan(LATE);
        desks.facts.rosters.put(LATE, new Roster("r2", 1, 1, List.of(SchoolFixtures.teacher("kd", "赵敏"))));
        desks.facts.rosters.put(CANCELLED, new Roster("r3", 1, 1, List.of(SchoolFixtures.teacher("ke", "钱坤"))));
        desks.facts.rememberStanding(
                new SchoolStanding(COUNTY, PROGRAMME, CANCELLED, true, List.of("PLAN"), null, SchoolFixtures.DEADLINE));
        desks.projector.refresh(COUNTY, PROGRAMME, CANCELLED);

        assertThat(desks.sweep.sweep(SchoolFixtures.DEADLINE.minusMillis(1))).isZero();
        assertThat(desks.sweep.sweep(SchoolFixtures.DEADLINE)).isEqualTo(1);
        assertThat(desks.sweep.sweep(SchoolFixtures.DEADLINE.plusSeconds(60))).isZero();

        assertThat(desks.overview.sheets(countyAdmin("qingshan"), PROGRAMME))
                .extracting(s -> s.school().value() + " " + s.status() + " " + s.scored() + "/" + s.trainees())
                .containsExactly("s1 REPORTED 2/2", "s2 OVERDUE 0/1", "s3 CANCELLED 1/1");
        SchoolPart cancelled =
                desks.board.part(COUNTY, PROGRAMME, CANCELLED, "ke").orElseThrow();
        assertThat(cancelled.points()).isEqualTo(new BigDecimal("0.0"));
        assertThat(cancelled.status()).isEqualTo(PartStatus.CANCELLED);
        assertThat(cancelled.reason()).isEqualTo("逾期未提交计划或名册，校本研修按取消处理");
    }

    @Test
    void onlyCountyAdminsListTheSheetsAndOnlyOfTheirCounty() {
        assertThatThrownBy(() -> desks.overview.sheets(schoolAdmin("s1"), PROGRAMME))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.FORBIDDEN));
        assertThatThrownBy(() -> desks.overview.sheets(countyAdmin("yunshui"), PROGRAMME))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.NOT_FOUND));
    }
}
