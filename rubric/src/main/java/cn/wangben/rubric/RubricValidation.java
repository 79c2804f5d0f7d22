package cn.wangben.rubric;

import java.util.List;

/**
 * The outcome of validating a rubric: every violation found, in rubric order.
 *
 * @param violations empty when the rubric is valid
 */
public record RubricValidation(List<RubricViolation> violations) {

    public RubricValidation {
        violations = List.copyOf(violations);
    }

    public boolean isValid() {
        return violations.isEmpty();
    }

    /** @throws InvalidRubricException when there is any violation */
    public void orThrow() {
        if (!isValid()) {
            throw new InvalidRubricException(violations);
        }
    }
}
