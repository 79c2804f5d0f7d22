package cn.wangben.scoring.dashboard;

import cn.wangben.contracts.ids.CountyId;
import cn.wangben.platform.domain.Caller;
import cn.wangben.platform.domain.DomainException;

public class DashboardDesk {
    private final Projections projections;

    public DashboardDesk(Projections projections) {
        this.projections = projections;
    }

    /** County staff watch their county, officials their granted counties; anyone else sees nothing at all. */
    public CountyDashboard county(Caller caller, CountyId county) {
        if (!caller.mayWatchCounty(county)) {
            throw DomainException.forbidden("当前账号无权查看该县（区）的数据");
        }
        return new CountyDashboard(county, projections.modules(county), projections.schools(county));
    }
}
