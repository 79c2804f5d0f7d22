package cn.wangben.scoring.results;

import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.ProgrammeId;
import cn.wangben.contracts.ids.SchoolId;
import cn.wangben.contracts.ids.TeacherId;
import cn.wangben.platform.domain.Caller;
import cn.wangben.platform.domain.DomainException;
import cn.wangben.platform.domain.Role;
import java.util.ArrayList;
import java.util.List;

/** The results as the projection holds them: the county's (or a school's) list, and a teacher's own result. */
public class ResultsDesk {
    private final ResultFacts facts;
    private final ResultBoard board;
    private final FinalResults finals;

    public ResultsDesk(ResultFacts facts, ResultBoard board, FinalResults finals) {
        this.facts = facts;
        this.board = board;
        this.finals = finals;
    }

    /** County admins see every school (or the one asked for), school admins only their own school. */
    public ResultList list(Caller caller, ProgrammeId programme, SchoolId only) {
        caller.requireAnyRole(Role.COUNTY_ADMIN, Role.SCHOOL_ADMIN);
        CountyId county = caller.requireCounty();
        SchoolId school = only;
        if (!caller.has(Role.COUNTY_ADMIN)) {
            SchoolId own = caller.requireSchool();
            if (only != null && !only.equals(own)) {
                throw DomainException.forbidden("只能查看本校学员的成绩");
            }
            school = own;
        }
        ProgrammeSettings settings = ResultAccess.programme(facts, county, programme);
        List<TraineeResult> rows = new ArrayList<>();
        for (SchoolStats s : board.stats(county, programme)) {
            if (school == null || s.school().equals(school)) {
                board.board(county, programme, s.school()).ifPresent(b -> rows.addAll(b.rows()));
            }
        }
        return new ResultList(settings, finalized(county, programme), rows);
    }

    public TraineeResult mine(Caller caller, ProgrammeId programme) {
        TeacherId me = caller.asTeacher();
        CountyId county = caller.requireCounty();
        ResultAccess.programme(facts, county, programme);
        return facts.traineeOfAccount(county, programme, me)
                .flatMap(t -> board.board(county, programme, t.school()).flatMap(b -> b.rows().stream()
                        .filter(r -> r.teacherKey().equals(t.teacherKey()))
                        .findFirst()))
                .orElseThrow(() -> DomainException.notFound("您在该研修项目中的成绩", programme));
    }

    private boolean finalized(CountyId county, ProgrammeId programme) {
        return finals.finalization(county, programme)
                .filter(Finalization::completed)
                .isPresent();
    }
}
