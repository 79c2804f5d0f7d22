package cn.wangben.scoring.schoolscore;

import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.ProgrammeId;
import cn.wangben.contracts.ids.TeacherId;
import cn.wangben.platform.domain.Caller;
import cn.wangben.platform.domain.DomainException;
import cn.wangben.scoring.facts.SchoolFacts;
import cn.wangben.scoring.facts.Trainee;
import java.util.List;

/** The county's list of score sheets with their status, and a teacher's own school part once it is final. */
public class OverviewDesk {
    private final SchoolFacts facts;
    private final ScoreBoard board;

    public OverviewDesk(SchoolFacts facts, ScoreBoard board) {
        this.facts = facts;
        this.board = board;
    }

    public List<SheetSummary> sheets(Caller caller, ProgrammeId programme) {
        CountyId county = SheetAccess.countyAdmin(caller);
        requireProgramme(county, programme);
        return board.summaries(county, programme);
    }

    /** Only a reported (or cancelled) part: a provisional score may still change and is the school's business. */
    public SchoolPart myPart(Caller caller, ProgrammeId programme) {
        TeacherId me = caller.asTeacher();
        CountyId county = caller.requireCounty();
        requireProgramme(county, programme);
        Trainee trainee = facts.traineeOfAccount(county, programme, me)
                .orElseThrow(() -> DomainException.notFound("您在该研修项目中的学员记录", programme));
        if (trainee.exempt()) {
            throw DomainException.conflict("trainee-exempt", "您已免修本研修项目（" + trainee.exemption() + "），没有校本研修成绩");
        }
        return board.part(county, programme, trainee.school(), trainee.teacherKey())
                .filter(part -> part.status() != PartStatus.PROVISIONAL)
                .orElseThrow(() -> DomainException.conflict("sheet-not-reported", "学校尚未上报您的校本研修成绩，上报后即可查看"));
    }

    private void requireProgramme(CountyId county, ProgrammeId programme) {
        if (facts.programme(county, programme).isEmpty()) {
            throw DomainException.notFound("研修项目", programme);
        }
    }
}
