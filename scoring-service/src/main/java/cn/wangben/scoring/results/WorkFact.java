package cn.wangben.scoring.results;

import cn.wangben.contracts.ids.SchoolId;

/** One stored (teacher, module) fact as the counters see it. */
public record WorkFact(SchoolId school, ModuleWork work) {}
