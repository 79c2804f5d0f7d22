package cn.wangben.scoring.export.xlsx;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.SAXParserFactory;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * Reads an .xlsx back with POI's event (SAX) reader: every sheet by name, every row as the cells' values formatted as
 * Excel shows them (so 87.1 in a "0.0" cell reads "87.1", a whole 60 reads "60.0"). The event reader keeps a big
 * export's memory small in the test too; a missing cell reads as "".
 */
public final class XlsxReading {
    private XlsxReading() {}

    public static Map<String, List<List<String>>> read(Path file) throws Exception {
        Map<String, List<List<String>>> sheets = new LinkedHashMap<>();
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (it.hasNext()) {
                try (InputStream in = it.next()) {
                    List<List<String>> rows = new ArrayList<>();
                    XMLReader xml = SAXParserFactory.newDefaultNSInstance()
                            .newSAXParser()
                            .getXMLReader();
                    xml.setContentHandler(new XSSFSheetXMLHandler(
                            reader.getStylesTable(), strings, new Rows(rows), new DataFormatter(), false));
                    xml.parse(new InputSource(in));
                    sheets.put(it.getSheetName(), rows);
                }
            }
        }
        return sheets;
    }

    public static Map<String, List<List<String>>> read(byte[] workbook) throws Exception {
        Path file = Files.createTempFile("export", ".xlsx");
        try {
            Files.write(file, workbook);
            return read(file);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static final class Rows implements SheetContentsHandler {
        private final List<List<String>> rows;
        private List<String> row;

        Rows(List<List<String>> rows) {
            this.rows = rows;
        }

        @Override
        public void startRow(int rowNum) {
            while (rows.size() < rowNum) {
                rows.add(List.of());
            }
            row = new ArrayList<>();
        }

        @Override
        public void endRow(int rowNum) {
            rows.add(row);
        }

        @Override
        public void cell(String reference, String formattedValue, XSSFComment comment) {
            int column = new org.apache.poi.ss.util.CellReference(reference).getCol();
            while (row.size() < column) {
                row.add("");
            }
            row.add(formattedValue);
        }
    }
}
