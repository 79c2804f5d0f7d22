package cn.wangben.scoring.results;

import cn.wangben.contracts.ids.ModuleId;
import java.math.BigDecimal;

/** One module of one trainee's result; {@code score} is set only when it counts (scored or missed). */
public record ModuleResult(ModuleId module, String title, ModuleOutcome outcome, BigDecimal score) {}
