package cn.wangben.scoring.results;

import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.ModuleId;
import cn.wangben.contracts.ids.ProgrammeId;
import cn.wangben.contracts.ids.TeacherId;

/** Names one (teacher, module) fact: the unit the counters settle. */
public record WorkRef(CountyId county, ProgrammeId programme, TeacherId teacher, ModuleId module) {}
