package cn.wangben.roster;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * Reads the first sheet of an Excel 97-2003 .xls with POI's user model (HSSF). The whole workbook
 * is loaded, which is acceptable because the format itself stops at 65,536 rows and such files
 * are a few MB at most; the event API would add code for no practical gain.
 */
final class XlsRows {

    private XlsRows() {}

    static void read(File file, RowSink sink) {
        try (POIFSFileSystem fs = new POIFSFileSystem(file, true)) {
            if (fs.getRoot().hasEntry("EncryptedPackage")) {
                // A password-protected .xlsx is wrapped in an OLE2 container.
                throw new RosterFormatException("文件已设置密码，请取消密码后重新上传");
            }
            try (HSSFWorkbook workbook = new HSSFWorkbook(fs.getRoot(), false)) {
                if (workbook.getNumberOfSheets() == 0) {
                    throw new RosterFormatException("工作簿中没有工作表");
                }
                readSheet(workbook, sink);
            }
        } catch (RosterFormatException e) {
            throw e;
        } catch (EncryptedDocumentException e) {
            throw new RosterFormatException("文件已设置密码，请取消密码后重新上传", e);
        } catch (Exception e) {
            // An OLE2 file that is no workbook (a .doc), or Excel 5.0/95 which HSSF does not read.
            throw new RosterFormatException("文件不是有效的 Excel 工作簿（.xls），请用 Excel 另存后重新上传", e);
        }
    }

    private static void readSheet(HSSFWorkbook workbook, RowSink sink) {
        Sheet sheet = workbook.getSheetAt(0);
        DataFormatter formatter = new DataFormatter(Locale.ROOT);
        // Without an evaluator a formula cell would show its formula text instead of its value.
        FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
        List<String> cells = new ArrayList<>();
        for (Row row : sheet) {
            cells.clear();
            for (int c = 0; c < Math.max(row.getLastCellNum(), 0); c++) {
                Cell cell = row.getCell(c);
                cells.add(cell == null ? "" : formatter.formatCellValue(cell, evaluator));
            }
            sink.row(row.getRowNum() + 1, cells);
        }
    }
}
