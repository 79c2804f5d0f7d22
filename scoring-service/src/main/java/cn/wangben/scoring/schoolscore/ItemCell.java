package cn.wangben.scoring.schoolscore;

import java.math.BigDecimal;
import java.util.List;

/**
 * One item of one trainee on the sheet.
 *
 * @param points the item's score on the rubric's own scale, one decimal; {@code null} when not entered or invalid
 * @param problems why there are no points although something was entered (Chinese, naming the item)
 */
public record ItemCell(String itemId, BigDecimal points, List<String> problems) {

    public ItemCell {
        problems = List.copyOf(problems);
    }

    static ItemCell empty(String itemId) {
        return new ItemCell(itemId, null, List.of());
    }
}
