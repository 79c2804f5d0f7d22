package cn.wangben.scoring.export;

import cn.wangben.contracts.ids.CountyId;
import cn.wangben.platform.domain.Caller;
import cn.wangben.platform.domain.DomainException;
import cn.wangben.platform.domain.Role;

/**
 * Who may export a county's results: its county admin, officials granted the county (upward reporting), and platform
 * admins. The county is named in the path, so a county admin of another county is refused (403), like the dashboards.
 */
final class ExportAccess {
    private ExportAccess() {}

    static void requireCounty(Caller caller, CountyId county) {
        caller.requireAnyRole(Role.PLATFORM_ADMIN, Role.COUNTY_ADMIN, Role.OFFICIAL);
        boolean platform = caller.has(Role.PLATFORM_ADMIN);
        boolean admin = caller.has(Role.COUNTY_ADMIN) && county.equals(caller.county());
        boolean official = caller.has(Role.OFFICIAL) && caller.grantedCounties().contains(county);
        if (!platform && !admin && !official) {
            throw DomainException.forbidden("当前账号无权导出该县（区）的数据");
        }
    }
}
