package cn.wangben.rubric;

import java.math.BigDecimal;

/**
 * How one rubric item is scored. The kinds are the ones seen in real school rubrics; each has its
 * own input kind in {@link ItemInput}.
 */
public sealed interface ItemRule
        permits TierRule, DeductionRule, SeverityDeductionRule, AdditionRule, LevelRule, AttendanceRule, ManualRule {

    /**
     * The most the item can give. Never throws, even on an invalid rule (missing parts count as
     * 0), so validation can still compare the sum of maxima with the declared total.
     */
    BigDecimal maxPoints();
}
