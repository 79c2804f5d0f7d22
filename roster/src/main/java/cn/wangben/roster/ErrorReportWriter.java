package cn.wangben.roster;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes the row-by-row error report as .xlsx with SXSSF, which keeps only a window of rows in
 * memory and flushes the rest to a temporary file: a roster of 100,000 bad rows must not need a
 * 100,000-row object model.
 */
public final class ErrorReportWriter {

    static final String SHEET = "错误报告";
    static final List<String> HEADERS = List.of("行号", "列", "问题");

    private ErrorReportWriter() {}

    public static void write(List<RowError> errors, OutputStream out) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        try {
            Sheet sheet = workbook.createSheet(SHEET);
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = sheet.createRow(0);
            for (int i = 0; i < HEADERS.size(); i++) {
                header.createCell(i).setCellValue(HEADERS.get(i));
                header.getCell(i).setCellStyle(bold);
            }
            // Fixed widths: auto-sizing would need all rows in memory, which SXSSF avoids.
            sheet.setColumnWidth(0, 8 * 256);
            sheet.setColumnWidth(1, 14 * 256);
            sheet.setColumnWidth(2, 60 * 256);
            int r = 1;
            for (RowError error : errors) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(error.row());
                row.createCell(1).setCellValue(error.column());
                row.createCell(2).setCellValue(error.problem());
            }
            workbook.write(out);
        } finally {
            workbook.close(); // also deletes SXSSF's temporary files
        }
    }
}
