package cn.wangben.rubric;

import java.math.BigDecimal;

/**
 * One item of a rubric, e.g. 出勤, 笔记, 作业.
 *
 * @param id stable short id (at most 32 characters, unique in the rubric); scoresheets refer to it
 * @param title the Chinese title shown to schools and teachers
 * @param category optional grouping such as 师德 or 教学; blank is stored as {@code null}
 * @param rule how the item is scored
 */
public record RubricItem(String id, String title, String category, ItemRule rule) {

    public RubricItem {
        category = category == null || category.isBlank() ? null : category.strip();
    }

    public static RubricItem of(String id, String title, ItemRule rule) {
        return new RubricItem(id, title, null, rule);
    }

    /** The most this item can give; 0 when the rule is missing. */
    public BigDecimal maxPoints() {
        return rule == null ? BigDecimal.ZERO : rule.maxPoints();
    }
}
