package cn.wangben.plan.programme;

import cn.wangben.contracts.DomainEvent;
import cn.wangben.contracts.ids.ProgrammeId;
import cn.wangben.platform.domain.Caller;
import cn.wangben.platform.domain.DomainException;
import cn.wangben.platform.domain.Role;
import java.time.Clock;
import java.util.List;

/** The county's use cases for programmes; every call is checked against the caller's role and county. */
public class ProgrammeDesk {
    private static final String WHAT = "研修项目";
    private final Programmes programmes;
    private final Clock clock;

    public ProgrammeDesk(Programmes programmes, Clock clock) {
        this.programmes = programmes;
        this.clock = clock;
    }

    public Programme draft(Caller caller, ProgrammeSettings settings) {
        caller.requireAnyRole(Role.COUNTY_ADMIN);
        Programme programme = Programme.draft(caller.requireCounty(), settings, caller.username());
        programmes.add(programme);
        return programme;
    }

    public Programme publish(Caller caller, ProgrammeId id) {
        caller.requireAnyRole(Role.COUNTY_ADMIN);
        Programme programme =
                programmes.find(caller.requireCounty(), id).orElseThrow(() -> DomainException.notFound(WHAT, id));
        List<DomainEvent> events = programme.publish(clock);
        programmes.update(programme, events);
        return programme;
    }

    public Programme editDraft(Caller caller, ProgrammeId id, ProgrammeSettings settings) {
        caller.requireAnyRole(Role.COUNTY_ADMIN);
        Programme programme =
                programmes.find(caller.requireCounty(), id).orElseThrow(() -> DomainException.notFound(WHAT, id));
        programme.editDraft(settings);
        programmes.update(programme, List.of());
        return programme;
    }

    public Programme revise(Caller caller, ProgrammeId id, ProgrammeSettings settings, String reason) {
        caller.requireAnyRole(Role.COUNTY_ADMIN);
        Programme programme =
                programmes.find(caller.requireCounty(), id).orElseThrow(() -> DomainException.notFound(WHAT, id));
        programmes.update(programme, programme.revise(settings, reason, caller.username(), clock.instant()));
        return programme;
    }

    /** Anyone of the caller's county may read its programmes; another county's look as if they did not exist. */
    public Programme get(Caller caller, ProgrammeId id) {
        return programmes.find(caller.requireCounty(), id).orElseThrow(() -> DomainException.notFound(WHAT, id));
    }

    public List<Programme> list(Caller caller) {
        return programmes.ofCounty(caller.requireCounty());
    }
}
