package cn.wangben.rubric;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown when a rubric is used while invalid; carries every violation. */
public class InvalidRubricException extends RuntimeException {

    private final transient List<RubricViolation> violations;

    public InvalidRubricException(List<RubricViolation> violations) {
        super("考核细则有误：" + violations.stream().map(RubricViolation::toString).collect(Collectors.joining("；")));
        this.violations = List.copyOf(violations);
    }

    public List<RubricViolation> violations() {
        return violations;
    }
}
