package cn.wangben.assignment.grading;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/** A grader's verdict on one essay: band, score inside the band (one decimal), comment, who and when. */
public record Grade(String band, BigDecimal score, String comment, String by, Instant at) {
    public Grade {
        Objects.requireNonNull(band, "band");
        Objects.requireNonNull(score, "score");
        comment = comment == null ? "" : comment;
    }

    /** Same verdict, whoever gave it and whenever: saving it again is not an edit. */
    boolean sameVerdict(Grade other) {
        return other != null
                && band.equals(other.band)
                && score.compareTo(other.score) == 0
                && comment.equals(other.comment);
    }
}
