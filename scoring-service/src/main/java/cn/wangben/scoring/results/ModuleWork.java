package cn.wangben.scoring.results;

import cn.wangben.contracts.ids.ModuleId;
import java.time.Instant;

/**
 * What one teacher did in one module, merged from submissions, grades and the missed-cutoff event; each part is kept
 * by a rule that does not depend on arrival order (earliest submission, most attempts, highest grade revision).
 *
 * @param firstSubmittedAt {@code null} without an accepted submission
 * @param grade {@code null} until graded
 * @param missedCutoff set when assignment-service said the cutoff passed without a submission
 */
public record ModuleWork(ModuleId module, Instant firstSubmittedAt, int attempts, Grade grade, Instant missedCutoff) {

    public boolean submitted() {
        return firstSubmittedAt != null;
    }

    public boolean missed() {
        return missedCutoff != null;
    }
}
