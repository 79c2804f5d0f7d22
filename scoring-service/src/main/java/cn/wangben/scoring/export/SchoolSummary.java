package cn.wangben.scoring.export;

import cn.wangben.scoring.results.Points;
import java.math.BigDecimal;
import java.util.List;

/**
 * A line of the summary sheet, added up from the very rows its school's sheet shows. Exempt teachers are counted apart:
 * they are not trainees in 参训人数, 合格率 or 平均分, and never failing.
 *
 * @param trainees 参训人数: non-exempt trainees
 * @param certified 学时认定人数: trainees credited 学时
 * @param totalSum Σ 总分 of the trainees, for 平均分 = totalSum ÷ trainees
 */
public record SchoolSummary(String school, int trainees, int exempt, int passed, int certified, BigDecimal totalSum) {

    public static SchoolSummary of(String school, List<ResultLine> lines) {
        int trainees = 0;
        int exempt = 0;
        int passed = 0;
        int certified = 0;
        BigDecimal sum = Points.ZERO;
        for (ResultLine line : lines) {
            if (line.exempt()) {
                exempt++;
                continue;
            }
            trainees++;
            passed += line.passed() ? 1 : 0;
            certified += line.creditedHours() > 0 ? 1 : 0;
            sum = sum.add(line.totalPoints() == null ? Points.ZERO : line.totalPoints());
        }
        return new SchoolSummary(school, trainees, exempt, passed, certified, sum);
    }

    public SchoolSummary plus(SchoolSummary other, String name) {
        return new SchoolSummary(
                name,
                trainees + other.trainees,
                exempt + other.exempt,
                passed + other.passed,
                certified + other.certified,
                totalSum.add(other.totalSum));
    }

    /** 合格率 in percent, one place; {@code null} without trainees. */
    public BigDecimal passRate() {
        return Points.percent(passed, trainees);
    }

    /** 平均分 of 总分, one place, HALF_UP; {@code null} without trainees. */
    public BigDecimal average() {
        return Points.average(totalSum, trainees);
    }
}
