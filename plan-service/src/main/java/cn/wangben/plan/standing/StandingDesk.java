package cn.wangben.plan.standing;

import cn.wangben.contracts.ids.ProgrammeId;
import cn.wangben.contracts.ids.SchoolId;
import cn.wangben.platform.domain.Caller;
import cn.wangben.platform.domain.DomainException;
import cn.wangben.platform.domain.Role;
import java.time.Clock;
import java.util.List;

/** The county sees which schools were cancelled at the deadline and may reinstate one, with a reason. */
public class StandingDesk {
    private final Standings standings;
    private final Clock clock;

    public StandingDesk(Standings standings, Clock clock) {
        this.standings = standings;
        this.clock = clock;
    }

    public List<SchoolStanding> ofProgramme(Caller caller, ProgrammeId programme) {
        caller.requireAnyRole(Role.COUNTY_ADMIN);
        return standings.ofProgramme(caller.requireCounty(), programme);
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
