package cn.wangben.assignment.grading;

import cn.wangben.contracts.ids.TeacherId;
import java.util.List;

/** Rows of a queue page (without history) and where the next page starts, null on the last page. */
public record QueuePage(List<GradingItem> items, TeacherId next) {
    public QueuePage {
        items = List.copyOf(items);
    }
}
