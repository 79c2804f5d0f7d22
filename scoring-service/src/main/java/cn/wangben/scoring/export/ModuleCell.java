package cn.wangben.scoring.export;

import java.math.BigDecimal;

/**
 * One module of one trainee on the export: the score when it counts (scored, or 0.0 for a missed essay), else a word
 * saying why there is none yet; both {@code null} for an exempt teacher or a module the row does not have.
 */
public record ModuleCell(BigDecimal score, String label) {
    static final ModuleCell EMPTY = new ModuleCell(null, null);
}
