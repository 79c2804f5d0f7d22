package cn.wangben.rubric;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown when a scoresheet cannot be scored; carries every problem found. */
public class InvalidScoresheetException extends RuntimeException {

    private final transient List<ScoresheetError> errors;

    public InvalidScoresheetException(List<ScoresheetError> errors) {
        super("评分有误：" + errors.stream().map(ScoresheetError::toString).collect(Collectors.joining("；")));
        this.errors = List.copyOf(errors);
    }

    public List<ScoresheetError> errors() {
        return errors;
    }
}
