package cn.wangben.scoring.results;

import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.ProgrammeId;
import cn.wangben.platform.domain.Caller;
import cn.wangben.platform.domain.DomainException;
import cn.wangben.platform.domain.Role;

/** Who may see or change results: the county comes from the token, so another county's programme is not found. */
final class ResultAccess {
    private ResultAccess() {}

    static CountyId countyAdmin(Caller caller) {
        caller.requireAnyRole(Role.COUNTY_ADMIN);
        return caller.requireCounty();
    }

    static ProgrammeSettings programme(ResultFacts facts, CountyId county, ProgrammeId programme) {
        return facts.programme(county, programme).orElseThrow(() -> DomainException.notFound("研修项目", programme));
    }
}
