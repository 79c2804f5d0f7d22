package cn.wangben.rubric;

import java.util.List;

/** Reports scoresheet problems of one item, prefixing the item's title so the message stands alone. */
final class ItemErrors {

    private final RubricItem item;
    private final List<ScoresheetError> sink;

    ItemErrors(RubricItem item, List<ScoresheetError> sink) {
        this.item = item;
        this.sink = sink;
    }

    void fail(String field, String message) {
        sink.add(new ScoresheetError(item.id(), field, "“" + item.title() + "”：" + message));
    }

    /** Reports a negative count; returns whether the count is usable. */
    boolean count(String field, Integer count, String what) {
        if (count == null) {
            fail(field, "必须填写" + what);
            return false;
        }
        if (count < 0) {
            fail(field, what + "不能为负数");
            return false;
        }
        return true;
    }
}
