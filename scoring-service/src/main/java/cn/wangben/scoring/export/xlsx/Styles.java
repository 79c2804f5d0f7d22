package cn.wangben.scoring.export.xlsx;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/** The few cell styles the exports use, made once per workbook (a workbook holds at most 64,000 styles). */
final class Styles {
    final CellStyle header;
    final CellStyle bold;
    final CellStyle oneDecimal;
    final CellStyle boldOneDecimal;
    final CellStyle percent;
    final CellStyle boldPercent;
    final CellStyle date;

    private Styles(Workbook workbook) {
        Font font = workbook.createFont();
        font.setBold(true);
        short decimal = workbook.createDataFormat().getFormat("0.0");
        short percentFormat = workbook.createDataFormat().getFormat("0.0%");
        header = style(workbook, font, (short) -1);
        header.setWrapText(true);
        bold = style(workbook, font, (short) -1);
        oneDecimal = style(workbook, null, decimal);
        boldOneDecimal = style(workbook, font, decimal);
        percent = style(workbook, null, percentFormat);
        boldPercent = style(workbook, font, percentFormat);
        date = style(workbook, null, workbook.createDataFormat().getFormat("yyyy-mm-dd"));
    }

    static Styles of(Workbook workbook) {
        return new Styles(workbook);
    }

    private static CellStyle style(Workbook workbook, Font font, short format) {
        CellStyle style = workbook.createCellStyle();
        if (font != null) {
            style.setFont(font);
        }
        if (format >= 0) {
            style.setDataFormat(format);
        }
        return style;
    }

    void header(Sheet sheet, List<String> titles, int width) {
        Row row = sheet.createRow(0);
        for (int c = 0; c < titles.size(); c++) {
            Cell cell = row.createCell(c);
            cell.setCellValue(titles.get(c));
            cell.setCellStyle(header);
            sheet.setColumnWidth(c, width * 256);
        }
        sheet.createFreezePane(0, 1);
    }

    static void text(Row row, int column, String value, CellStyle style) {
        if (value != null) {
            Cell cell = row.createCell(column);
            cell.setCellValue(value);
            if (style != null) {
                cell.setCellStyle(style);
            }
        }
    }

    /**
     * A point value: the cell holds the number (an .xlsx number is an IEEE double, and a one-place decimal is written
     * as its shortest decimal form, so 87.1 reads back as 87.1); the style shows exactly one place.
     */
    static void points(Row row, int column, BigDecimal value, CellStyle style) {
        if (value != null) {
            Cell cell = row.createCell(column);
            cell.setCellValue(value.doubleValue());
            cell.setCellStyle(style);
        }
    }

    /** A percentage with one place (e.g. 66.7): stored as the fraction Excel's % format expects (0.667). */
    static void percent(Row row, int column, BigDecimal value, CellStyle style) {
        points(row, column, value == null ? null : value.movePointLeft(2), style);
    }

    static void count(Row row, int column, int value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    void date(Row row, int column, LocalDate value) {
        if (value != null) {
            Cell cell = row.createCell(column);
            cell.setCellValue(value);
            cell.setCellStyle(date);
        }
    }
}
