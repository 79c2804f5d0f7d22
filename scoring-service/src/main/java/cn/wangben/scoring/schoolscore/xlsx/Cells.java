package cn.wangben.scoring.schoolscore.xlsx;

import java.math.BigDecimal;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;

/** Reading single cells the way a school fills them in: numbers typed as text, stray spaces, formulas. */
final class Cells {
    private static final DataFormatter FORMATTER = new DataFormatter(Locale.ROOT);

    private Cells() {}

    /** E.g. {@code D5} for row index 4, column index 3. */
    static String ref(int row, Integer column) {
        return column == null ? "第" + (row + 1) + "行" : CellReference.convertNumToColString(column) + (row + 1);
    }

    /** The cell's text, stripped; {@code null} when empty. */
    static String text(Cell cell) {
        if (cell == null) {
            return null;
        }
        String text =
                cell.getCellType() == CellType.STRING ? cell.getStringCellValue() : FORMATTER.formatCellValue(cell);
        text = text == null ? "" : text.strip();
        return text.isEmpty() ? null : text;
    }

    /**
     * The cell's number; {@code null} when empty. Excel keeps numbers as binary doubles; {@code BigDecimal.valueOf}
     * takes the shortest decimal that gives that double back, i.e. what the school typed (7.5, not 7.4999…).
     *
     * @throws NumberFormatException when the cell holds text that is not a number
     */
    static BigDecimal number(Cell cell) {
        if (cell == null) {
            return null;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.NUMERIC) {
            return BigDecimal.valueOf(cell.getNumericCellValue());
        }
        String text = text(cell);
        return text == null ? null : new BigDecimal(text);
    }
}
