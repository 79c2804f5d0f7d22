package cn.wangben.assignment.similarity;

import cn.wangben.contracts.ids.SubmissionId;
import cn.wangben.contracts.ids.TeacherId;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** Another author's essay that the checked essay nearly copies; {@code similarity} is the estimate, two decimals. */
public record NearCopy(SubmissionId submission, TeacherId author, BigDecimal similarity) {
    static final int SIMILARITY_DECIMALS = 2;

    static NearCopy of(IndexedEssay other, double similarity) {
        return new NearCopy(
                other.submission(),
                other.author(),
                BigDecimal.valueOf(similarity).setScale(SIMILARITY_DECIMALS, RoundingMode.HALF_UP));
    }
}
