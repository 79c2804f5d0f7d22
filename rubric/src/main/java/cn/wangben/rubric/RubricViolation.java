package cn.wangben.rubric;

/**
 * One problem of a rubric.
 *
 * @param path where it is, e.g. {@code declaredTotal}, {@code items[2].title},
 *     {@code items[2].rule.tiers[1].points}; indexes start at 0
 * @param message what is wrong, in Chinese, for the school admin
 */
public record RubricViolation(String path, String message) {

    @Override
    public String toString() {
        return path + ": " + message;
    }
}
