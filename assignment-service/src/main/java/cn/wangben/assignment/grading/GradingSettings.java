package cn.wangben.assignment.grading;

/**
 * @param maxCommentCharacters the longest grader's comment, in characters
 * @param defaultPageSize rows of a queue page when the client does not ask
 * @param maxPageSize the most rows a client may ask for
 */
public record GradingSettings(int maxCommentCharacters, int defaultPageSize, int maxPageSize) {
    public GradingSettings {
        if (maxCommentCharacters < 1 || defaultPageSize < 1 || maxPageSize < defaultPageSize) {
            throw new IllegalArgumentException("grading settings out of range");
        }
    }
}
