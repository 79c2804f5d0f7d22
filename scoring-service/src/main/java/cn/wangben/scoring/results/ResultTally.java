package cn.wangben.scoring.results;

import java.math.BigDecimal;

/**
 * Results of a school (or, added up, of a county): exempt teachers are not trainees here, so they never count as
 * failing.
 *
 * @param trainees enrolled, non-exempt trainees
 * @param complete trainees whose figures will not move any more
 * @param hoursCredited Σ 学时 credited (passed × the programme's hours)
 */
public record ResultTally(int trainees, int complete, int passed, int hoursCredited) {

    public static ResultTally empty() {
        return new ResultTally(0, 0, 0, 0);
    }

    public BigDecimal passRate() {
        return Points.percent(passed, trainees);
    }

    public ResultTally plus(ResultTally other) {
        return new ResultTally(
                trainees + other.trainees,
                complete + other.complete,
                passed + other.passed,
                hoursCredited + other.hoursCredited);
    }
}
