package cn.wangben.rubric;

/**
 * One problem of a scoresheet.
 *
 * @param itemId the item concerned (an unknown id is reported as given)
 * @param field the input field, e.g. {@code label}, {@code count}, {@code counts[严重]},
 *     {@code attended}, {@code points}; {@code input} when the input is missing or of the wrong
 *     kind; {@code null} for an id the rubric does not have
 * @param message in Chinese, naming the item's title
 */
public record ScoresheetError(String itemId, String field, String message) {

    @Override
    public String toString() {
        return itemId + (field == null ? "" : "." + field) + ": " + message;
    }
}
