package cn.wangben.scoring.schoolscore.xlsx;

import cn.wangben.scoring.schoolscore.Grid;
import cn.wangben.scoring.schoolscore.GridRow;
import cn.wangben.scoring.schoolscore.InputKind;
import cn.wangben.scoring.schoolscore.ItemCell;
import cn.wangben.scoring.schoolscore.ItemEntry;
import cn.wangben.scoring.schoolscore.SheetColumn;
import cn.wangben.scoring.schoolscore.xlsx.SheetLayout.Column;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the sheet as .xlsx. A school's sheet has at most a few hundred rows, so the plain workbook model is used (it
 * also carries the drop-down lists of tiers and levels). Scores are numeric cells shown with one decimal so a school
 * can add them up; the JSON grid remains the exact record.
 */
final class SheetWriter {
    /** Excel refuses a list constraint longer than 255 characters; longer option lists get no drop-down. */
    private static final int MAX_LIST_TEXT = 255;

    private SheetWriter() {}

    static byte[] write(Grid grid) {
        SheetLayout layout = SheetLayout.of(grid);
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(SheetLayout.SHEET);
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            bold.setWrapText(true);
            CellStyle oneDecimal = workbook.createCellStyle();
            oneDecimal.setDataFormat(workbook.createDataFormat().getFormat("0.0"));
            List<Column> columns = layout.columns();
            Row header = sheet.createRow(0);
            for (int c = 0; c < columns.size(); c++) {
                Cell cell = header.createCell(c);
                cell.setCellValue(columns.get(c).header());
                cell.setCellStyle(bold);
                sheet.setColumnWidth(c, (c < 2 ? 14 : 18) * 256);
            }
            for (int r = 0; r < grid.rows().size(); r++) {
                Row row = sheet.createRow(r + 1);
                GridRow data = grid.rows().get(r);
                for (int c = 0; c < columns.size(); c++) {
                    fill(row, c, columns.get(c), data, grid, oneDecimal);
                }
            }
            sheet.setColumnHidden(columns.size() - 1, true);
            sheet.createFreezePane(2, 1);
            dropDowns(sheet, columns, grid.rows().size());
            SheetGuide.write(workbook, grid, bold);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("score sheet workbook could not be written", e);
        }
    }

    private static void fill(Row row, int c, Column column, GridRow data, Grid grid, CellStyle oneDecimal) {
        switch (column.role()) {
            case NAME -> row.createCell(c).setCellValue(data.name());
            case ID_NUMBER -> text(row, c, data.maskedIdNumber());
            case KEY -> row.createCell(c).setCellValue(data.teacherKey());
            case RAW_TOTAL -> number(row, c, data.rawTotal(), oneDecimal);
            case SCHOOL_SCORE -> number(row, c, data.schoolScore(), oneDecimal);
            case ATTENDANCE -> number(row, c, points(grid, data, column.item()), oneDecimal);
            case OPTION_COUNT -> {
                // an entered item writes 0 for the options it does not name, so that "nothing happened" (all 0)
                // reads back as entered, not as an empty item
                ItemEntry entry = data.entries().get(column.item().itemId());
                if (entry != null && entry.counts() != null) {
                    number(row, c, entry.counts().getOrDefault(column.option(), BigDecimal.ZERO), null);
                }
            }
            default -> {
                ItemEntry entry = data.entries().get(column.item().itemId());
                if (entry == null) {
                    return;
                }
                InputKind input = column.item().input();
                if (input == InputKind.CHOICE) {
                    text(row, c, entry.choice());
                } else {
                    number(row, c, input == InputKind.COUNT ? entry.count() : entry.points(), null);
                }
            }
        }
    }

    private static BigDecimal points(Grid grid, GridRow data, SheetColumn item) {
        return data.items().stream()
                .filter(i -> i.itemId().equals(item.itemId()))
                .map(ItemCell::points)
                .findFirst()
                .orElse(null);
    }

    private static void text(Row row, int c, String value) {
        if (value != null) {
            row.createCell(c).setCellValue(value);
        }
    }

    private static void number(Row row, int c, BigDecimal value, CellStyle style) {
        if (value != null) {
            Cell cell = row.createCell(c);
            cell.setCellValue(value.doubleValue());
            if (style != null) {
                cell.setCellStyle(style);
            }
        }
    }

    private static void dropDowns(Sheet sheet, List<Column> columns, int rows) {
        if (rows == 0) {
            return;
        }
        DataValidationHelper helper = sheet.getDataValidationHelper();
        for (int c = 0; c < columns.size(); c++) {
            Column column = columns.get(c);
            if (column.item() == null
                    || column.role() != SheetLayout.Role.ENTRY
                    || column.item().input() != InputKind.CHOICE) {
                continue;
            }
            List<String> names = column.item().optionNames();
            if (String.join(",", names).length() > MAX_LIST_TEXT) {
                continue;
            }
            var validation = helper.createValidation(
                    helper.createExplicitListConstraint(names.toArray(String[]::new)),
                    new CellRangeAddressList(1, rows, c, c));
            validation.setShowErrorBox(true);
            sheet.addValidationData(validation);
        }
    }
}
