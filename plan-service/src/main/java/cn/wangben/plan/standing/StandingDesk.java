package cn.wangben.plan.standing;

import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.ProgrammeId;
import cn.wangben.contracts.ids.SchoolId;
import cn.wangben.plan.programme.Programmes;
import cn.wangben.platform.domain.Caller;
import cn.wangben.platform.domain.DomainException;
import cn.wangben.platform.domain.Role;
import java.time.Clock;
import java.util.List;

/** The county sees which schools were cancelled at the deadline and may reinstate one, with a reason. */
public class StandingDesk {
    private final Standings standings;
    private final Programmes programmes;
    private final Clock clock;

    public StandingDesk(Standings standings, Programmes programmes, Clock clock) {
        this.standings = standings;
        this.programmes = programmes;
        this.clock = clock;
    }

    public List<SchoolStanding> ofProgramme(Caller caller, ProgrammeId programme) {
        caller.requireAnyRole(Role.COUNTY_ADMIN);
        CountyId county = caller.requireCounty();
        programmes.find(county, programme).orElseThrow(() -> DomainException.notFound("研修项目", programme));
        return standings.ofProgramme(county, programme);
    }

    public SchoolStanding reinstate(Caller caller, ProgrammeId programme, SchoolId school, String reason) {
        caller.requireAnyRole(Role.COUNTY_ADMIN);
        SchoolStanding standing = standings
                .find(caller.requireCounty(), programme, school)
                .orElseThrow(() -> DomainException.notFound("被取消的学校", school));
        standings.update(standing, standing.reinstate(reason, caller.username(), clock.instant()));
        return standing;
    }
}
