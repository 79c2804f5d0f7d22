package cn.wangben.scoring.dashboard;

import cn.wangben.scoring.results.ModuleTally;
import cn.wangben.scoring.results.OnlineModule;

/** A module's figures over the schools added up: {@code enrolled} are the trainees expected to submit. */
public record ModuleFigures(OnlineModule module, int enrolled, ModuleTally tally) {}
