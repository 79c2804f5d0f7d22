package cn.wangben.assignment.grading;

import java.util.List;

/** One item as the grader opens it: with its module's bands and the essay text (null if there is none). */
public record ItemDetail(GradingItem item, GradingModule module, String text) {
    public List<GradingBand> bands() {
        return module.bands();
    }
}
