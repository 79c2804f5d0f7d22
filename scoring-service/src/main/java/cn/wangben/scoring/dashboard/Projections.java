package cn.wangben.scoring.dashboard;

import cn.wangben.contracts.assignment.EssaySubmitted;
import cn.wangben.contracts.assignment.ModuleScheduled;
import cn.wangben.contracts.ids.CountyId;
import java.util.List;

/**
 * The dashboard projections. Every update is idempotent by natural key (a teacher counts once per module however
 * often the event arrives), so replays and redeliveries leave the same numbers.
 */
public interface Projections {
    void moduleScheduled(ModuleScheduled event);

    void essaySubmitted(EssaySubmitted event);

    List<ModuleSummary> modules(CountyId county);

    List<SchoolProgress> schools(CountyId county);
}
