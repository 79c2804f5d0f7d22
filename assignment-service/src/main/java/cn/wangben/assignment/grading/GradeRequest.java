package cn.wangben.assignment.grading;

import cn.wangben.contracts.ids.SubmissionId;
import cn.wangben.platform.domain.DomainException;
import cn.wangben.platform.domain.DomainException.Violation;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A grade as the grader enters it. {@code submission} names the attempt the grader read, so a grade never lands on a
 * newer attempt the grader has not seen.
 */
public record GradeRequest(SubmissionId submission, String band, BigDecimal score, String comment) {
    static final String CODE = "invalid-grade";

    /** Every fault at once, each naming its field; nothing is stored unless all pass. */
    Grade validate(List<GradingBand> bands, int maxCommentCharacters, String by, Instant at) {
        List<Violation> violations = new ArrayList<>();
        if (submission == null) {
            violations.add(new Violation("submissionId", "请指明所评阅的提交记录"));
        }
        Optional<GradingBand> chosen = bandOf(bands, violations);
        BigDecimal exact = exactScore(violations);
        if (chosen.isPresent() && exact != null && !chosen.get().contains(exact)) {
            GradingBand b = chosen.get();
            violations.add(new Violation(
                    "score",
                    "「" + b.name() + "」档的分数须在 " + b.min().toPlainString() + " 到 "
                            + b.max().toPlainString() + " 之间（当前 " + exact.toPlainString() + "）"));
        }
        String text = comment == null ? "" : comment.strip();
        int characters = text.codePointCount(0, text.length());
        if (characters > maxCommentCharacters) {
            violations.add(new Violation("comment", "评语不能超过 " + maxCommentCharacters + " 字（当前 " + characters + " 字）"));
        }
        if (!violations.isEmpty()) {
            throw DomainException.ruleViolated(CODE, violations);
        }
        return new Grade(chosen.get().name(), exact, text, by, at);
    }

    private Optional<GradingBand> bandOf(List<GradingBand> bands, List<Violation> violations) {
        String names = bands.stream().map(GradingBand::name).collect(Collectors.joining("、"));
        if (band == null || band.isBlank()) {
            violations.add(new Violation("band", "请选择评分档次（" + names + "）"));
            return Optional.empty();
        }
        Optional<GradingBand> found =
                bands.stream().filter(b -> b.name().equals(band.strip())).findFirst();
        if (found.isEmpty()) {
            violations.add(new Violation("band", "评分档次「" + band.strip() + "」不存在，可选：" + names));
        }
        return found;
    }

    /** The score with exactly one decimal, or null after recording why not. */
    private BigDecimal exactScore(List<Violation> violations) {
        if (score == null) {
            violations.add(new Violation("score", "请填写分数"));
            return null;
        }
        BigDecimal stripped = score.stripTrailingZeros();
        if (stripped.scale() > BandPolicy.SCALE) {
            violations.add(new Violation("score", "分数最多保留一位小数（当前 " + score.toPlainString() + "）"));
            return null;
        }
        return stripped.setScale(BandPolicy.SCALE);
    }
}
