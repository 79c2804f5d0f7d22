package cn.wangben.assignment.grading;

import java.math.BigDecimal;

/** One band of a module's grading: a name and the inclusive score bounds, exact to one decimal. */
public record GradingBand(String name, BigDecimal min, BigDecimal max) {

    public boolean contains(BigDecimal score) {
        return score.compareTo(min) >= 0 && score.compareTo(max) <= 0;
    }

    /** As the notice writes a band: 良好（12.0–17.9 分）. */
    public String describe() {
        return name + "（" + min.toPlainString() + "–" + max.toPlainString() + " 分）";
    }
}
