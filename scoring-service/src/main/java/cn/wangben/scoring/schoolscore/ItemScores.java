package cn.wangben.scoring.schoolscore;

import cn.wangben.rubric.ItemScore;
import java.util.ArrayList;
import java.util.List;

/** A row's item scores with their titles and maxima, as the parts and the teacher's own view show them. */
final class ItemScores {
    private ItemScores() {}

    static List<ItemScore> of(Grid grid, GridRow row) {
        List<ItemScore> scores = new ArrayList<>();
        for (int i = 0; i < row.items().size(); i++) {
            SheetColumn column = grid.columns().get(i);
            ItemCell cell = row.items().get(i);
            scores.add(new ItemScore(column.itemId(), column.title(), cell.points(), column.max()));
        }
        return scores;
    }
}
