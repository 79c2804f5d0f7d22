package cn.wangben.assignment.schoolwork;

import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.ProgrammeId;
import java.util.List;

/** The approvals this service has heard of, one per programme and school: the latest. */
public interface ApprovedPlans {
    /**
     * Stores the approval unless a later one of the same school and programme is stored; returns whether it is the
     * current one (true again for the same approval delivered twice).
     */
    boolean keep(ApprovedPlan plan);

    List<ApprovedPlan> ofProgramme(CountyId county, ProgrammeId programme);
}
