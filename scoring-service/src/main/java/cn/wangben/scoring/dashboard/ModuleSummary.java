package cn.wangben.scoring.dashboard;

import cn.wangben.contracts.ids.ModuleId;
import cn.wangben.contracts.ids.ProgrammeId;
import java.time.Instant;

public record ModuleSummary(ModuleId id, ProgrammeId programme, String title, Instant dueAt, int maxPoints) {}
