package cn.wangben.roster;

import java.io.File;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * Reads the first sheet of an .xlsx with POI's SAX event API: the sheet XML is streamed straight
 * from the ZIP file and each row is handed on and dropped, so memory grows with the shared-strings
 * table only, not with the sheet. Opened from a file, not a stream, because POI buffers a whole
 * stream-backed package in memory.
 */
final class XlsxRows {

    private XlsxRows() {}

    static void read(File file, RowSink sink) {
        try (OPCPackage pkg = OPCPackage.open(file, PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new RosterFormatException("工作簿中没有工作表");
            }
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(
                        reader.getStylesTable(),
                        null,
                        strings,
                        new Handler(sink),
                        new DataFormatter(Locale.ROOT),
                        false));
                parser.parse(new InputSource(sheet));
            }
        } catch (RosterFormatException e) {
            throw e;
        } catch (Exception e) {
            // Not a workbook (a .docx or plain .zip), or a damaged one; POI's message is English and technical.
            throw new RosterFormatException("文件不是有效的 Excel 工作簿（.xlsx），请用 Excel 另存后重新上传", e);
        }
    }

    private static final class Handler implements SheetContentsHandler {
        private final RowSink sink;
        private final List<String> cells = new ArrayList<>();
        private int nextColumn;

        Handler(RowSink sink) {
            this.sink = sink;
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
            nextColumn = 0;
        }

        @Override
        public void endRow(int rowNum) {
            sink.row(rowNum + 1, cells);
        }

        @Override
        public void cell(String reference, String formattedValue, XSSFComment comment) {
            // Empty cells are absent from the XML; the reference (e.g. "C7") says where this one is.
            int column = reference == null ? nextColumn : columnOf(reference);
            while (cells.size() < column) {
                cells.add("");
            }
            cells.add(formattedValue == null ? "" : formattedValue);
            nextColumn = column + 1;
        }

        private static int columnOf(String reference) {
            int column = 0;
            for (int i = 0; i < reference.length(); i++) {
                char c = reference.charAt(i);
                if (c < 'A' || c > 'Z') {
                    break;
                }
                column = column * 26 + (c - 'A' + 1);
            }
            return column - 1;
        }
    }
}
